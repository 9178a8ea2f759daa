package dev.syncpoint.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.application.contract.HistoryInvariants;
import dev.syncpoint.application.contract.HistoryReader;
import dev.syncpoint.application.memory.InMemoryAdapters;
import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rule 7 across server nodes: two pools on one database stand for two nodes, each with its own sweepers,
 * while editors on both grant locks so short that they expire all through the run. Every expired lock must
 * be ended by exactly one party, the sweeper or the acquire that found it, with exactly one row.
 */
class TwoNodeSweepRaceTest {

    private static final int APPOINTMENTS = 4;
    private static final int EDITORS_PER_NODE = 8;
    private static final int SWEEPERS_PER_NODE = 2;
    private static final Duration RUN_FOR = Duration.ofSeconds(3);

    @RegisterExtension
    static final FreshSchema SCHEMA = new FreshSchema(EDITORS_PER_NODE + SWEEPERS_PER_NODE);

    private static PostgresDatabase secondNode;

    @BeforeAll
    static void openSecondNode() {
        secondNode = PostgresDatabase.open(SCHEMA.schema().database().settings());
    }

    @AfterAll
    static void closeSecondNode() {
        secondNode.close();
    }

    @Test
    void everyExpiredLockIsEndedOnceWhenSweepersOnTwoNodesRaceEditors() throws Exception {
        SCHEMA.emptyStores();
        List<AppointmentId> appointments = IntStream.range(0, APPOINTMENTS)
                .mapToObj(i -> SCHEMA.adapters()
                        .appointmentStore()
                        .create(
                                AppointmentId.random(),
                                ContractTestData.appointment().build())
                        .id())
                .toList();
        List<LockStore> nodes =
                List.of(SCHEMA.adapters().lockStore(), storesOf(secondNode).lockStore());

        List<Lock> ended = race(nodes, appointments);
        SCHEMA.moveStoredTimesBack(Duration.ofMinutes(1));
        List<Lock> sweptLast = nodes.get(0).sweepExpired();

        List<Lock> answered = new ArrayList<>(ended);
        answered.addAll(sweptLast);
        List<HistoryEntry> rows = historyOf(appointments);
        List<Owned> expiredRows = rows.stream()
                .filter(row -> row.action() == HistoryAction.EXPIRED)
                .map(Owned::of)
                .toList();
        assertThat(answered).as("expiries ended during the run").isNotEmpty();
        assertThat(answered.stream().map(Owned::of).toList())
                .as("each expired lock answered by exactly one party, with exactly one row")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expiredRows);
        HistoryInvariants.assertConsistent(rows, nodes.get(1).liveLocks());
        assertThat(nodes.get(1).liveLocks()).isEmpty();
    }

    /** Runs editors and sweepers on both nodes; answers every expired lock any of them was told it ended. */
    private static List<Lock> race(List<LockStore> nodes, List<AppointmentId> appointments) throws Exception {
        long stopAt = System.nanoTime() + RUN_FOR.toNanos();
        List<Callable<List<Lock>>> parties = new ArrayList<>();
        for (LockStore node : nodes) {
            for (int i = 0; i < EDITORS_PER_NODE; i++) {
                UserRef editor = ContractTestData.user("Editor");
                parties.add(() -> edit(node, editor, appointments, stopAt));
            }
            for (int i = 0; i < SWEEPERS_PER_NODE; i++) {
                parties.add(() -> sweep(node, stopAt));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(parties.size());
        try {
            List<Lock> ended = new ArrayList<>();
            for (Future<List<Lock>> party : pool.invokeAll(parties)) {
                ended.addAll(party.get());
            }
            return ended;
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
    }

    /** Acquires with a ttl of a few milliseconds, noting expired locks its grants ended on the way. */
    private static List<Lock> edit(LockStore node, UserRef editor, List<AppointmentId> appointments, long stopAt) {
        List<Lock> ended = new ArrayList<>();
        while (System.nanoTime() < stopAt) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            AppointmentId appointment = appointments.get(random.nextInt(appointments.size()));
            Duration ttl = Duration.ofMillis(1 + random.nextInt(20));
            AcquireResult answer = node.acquire(appointment, editor, ttl, OptionalLong.empty());
            if (answer instanceof Acquired acquired) {
                acquired.expiredFirst().ifPresent(ended::add);
            }
        }
        return ended;
    }

    private static List<Lock> sweep(LockStore node, long stopAt) {
        List<Lock> ended = new ArrayList<>();
        while (System.nanoTime() < stopAt) {
            ended.addAll(node.sweepExpired());
        }
        return ended;
    }

    private static List<HistoryEntry> historyOf(List<AppointmentId> appointments) {
        List<HistoryEntry> rows = new ArrayList<>();
        for (AppointmentId appointment : appointments) {
            HistoryQuery query = HistoryQuery.forAppointment(appointment, PageRequest.first(PageRequest.MAX_LIMIT));
            rows.addAll(HistoryReader.readAll(SCHEMA.adapters().lockHistory(), query));
        }
        return rows;
    }

    private static PostgresAdapters storesOf(PostgresDatabase node) {
        InMemoryAdapters others = InMemoryAdapters.create();
        return PostgresAdapters.create(node, others.lockEvents(), others.passwordHasher(), others.accessTokens());
    }

    /** Who held which token of which appointment. */
    private record Owned(AppointmentId appointment, UserRef holder, long token) {

        static Owned of(Lock lock) {
            return new Owned(
                    lock.appointmentId(), lock.holder(), lock.fencingToken().value());
        }

        static Owned of(HistoryEntry row) {
            return new Owned(
                    row.appointmentId(), row.holder(), row.fencingToken().value());
        }
    }
}
