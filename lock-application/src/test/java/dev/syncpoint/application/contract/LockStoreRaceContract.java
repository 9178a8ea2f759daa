package dev.syncpoint.application.contract;

import static dev.syncpoint.domain.history.HistoryAction.ACQUIRED;
import static dev.syncpoint.domain.history.HistoryAction.EXPIRED;
import static dev.syncpoint.domain.history.HistoryAction.FORCE_RELEASED;
import static dev.syncpoint.domain.history.HistoryAction.RELEASED;
import static dev.syncpoint.domain.history.HistoryAction.TRANSFERRED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.ForceReleased;
import dev.syncpoint.domain.lock.HeldByOther;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.Released;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Rules 1, 2, 7 and 12 under contention: many threads call one {@code LockStore} at the same moment, and
 * the history must still show one owner at a time and exactly one row for every change the store
 * answered. The tests bound their time and never judge speed.
 */
public abstract class LockStoreRaceContract extends SharedStoresContract {

    private static final int APPOINTMENTS = 3;
    private static final int ROUNDS = 20;

    /** How many threads race; the in-memory adapters use 32. */
    protected abstract int threadCount();

    /** The wall time of the long race. */
    protected Duration runFor() {
        return Duration.ofSeconds(3);
    }

    /**
     * How far a ticking thread moves the clock, about every millisecond of the long race, so that short
     * locks expire while others are being decided. A store whose clock runs by itself answers zero.
     */
    protected Duration clockStep() {
        return Duration.ofMillis(250);
    }

    /** The ttl of half of the racing threads: short enough to expire during the race. */
    protected Duration shortTtl() {
        return Duration.ofSeconds(1);
    }

    /** The ttl of the other half. */
    protected Duration longTtl() {
        return Duration.ofSeconds(30);
    }

    /** A bound on each thread's calls, so a fast store does not write an unreadably long history. */
    protected int maxOperationsPerThread() {
        return 5_000;
    }

    @Test
    void racingAcquiresOnAFreeAppointmentGrantExactlyOneLock() {
        List<UserRef> people = people("Racer", threadCount());

        for (int round = 0; round < ROUNDS; round++) {
            AppointmentId appointment = newAppointment();

            List<AcquireResult> answers = Simultaneously.run(
                    people.size(), i -> lockStore().acquire(appointment, people.get(i), TTL, OptionalLong.empty()));

            Lock winner = onlyGrant(answers);
            assertThat(answers)
                    .filteredOn(HeldByOther.class::isInstance)
                    .hasSize(people.size() - 1)
                    .allSatisfy(answer ->
                            assertThat(((HeldByOther) answer).current()).isEqualTo(winner));
            assertThat(historyOf(appointment)).hasSize(1);
            assertThat(lockHistory().statistics(Optional.of(appointment)).conflicts())
                    .isEqualTo(people.size() - 1);
        }
    }

    @Test
    void racingEndingsOfOneLockEndItExactlyOnce() {
        UserRef holder = newUser("Holder");
        List<UserRef> admins = people("Admin", threadCount() - 1);

        for (int round = 0; round < ROUNDS; round++) {
            AppointmentId appointment = newAppointment();
            Lock lock = acquired(appointment, holder).lock();

            List<Object> answers = Simultaneously.run(
                    threadCount(),
                    i -> i == 0
                            ? lockStore().release(appointment, holder.id(), OptionalLong.empty(), Optional.empty())
                            : lockStore().forceRelease(appointment, admins.get(i - 1), Optional.empty()));

            assertThat(answers)
                    .filteredOn(answer -> answer instanceof Released || answer instanceof ForceReleased)
                    .hasSize(1);
            List<HistoryEntry> rows = historyOf(appointment);
            assertThat(rows)
                    .filteredOn(row -> row.fencingToken().equals(lock.fencingToken()))
                    .hasSize(2);
            HistoryInvariants.assertConsistent(rows, lockStore().liveLocks());
        }
    }

    @Test
    void racingSweepersEndEachExpiredLockExactlyOnce() {
        UserRef holder = newUser("Holder");
        List<Lock> locks = IntStream.range(0, 10)
                .mapToObj(i -> acquired(newAppointment(), holder, Duration.ofSeconds(10))
                        .lock())
                .toList();
        advanceClock(Duration.ofSeconds(11));

        List<List<Lock>> swept =
                Simultaneously.run(threadCount(), i -> lockStore().sweepExpired());

        List<Owned> ended = swept.stream().flatMap(List::stream).map(Owned::of).toList();
        assertThat(ended)
                .containsExactlyInAnyOrderElementsOf(
                        locks.stream().map(Owned::of).toList());
        assertThat(allHistory()).filteredOn(row -> row.action() == EXPIRED).hasSize(locks.size());
    }

    @Test
    void randomLockChangesFromManyThreadsLeaveOneOwnerAtATimeAndOneRowPerAnsweredChange() throws InterruptedException {
        List<AppointmentId> appointments =
                IntStream.range(0, APPOINTMENTS).mapToObj(i -> newAppointment()).toList();
        List<UserRef> people = people("Editor", threadCount());

        RaceLog log = race(appointments, people);

        List<HistoryEntry> rows = allHistory();
        HistoryInvariants.assertConsistent(rows);
        assertThat(log.problems()).as("answers that were wrong on their own").isEmpty();
        assertEveryAnsweredChangeHasItsRow(log, rows);
        for (AppointmentId appointment : appointments) {
            assertThat(lockHistory().statistics(Optional.of(appointment)).conflicts())
                    .as("conflicts counted on %s", appointment)
                    .isEqualTo(log.conflicts(appointment));
        }
        assertEveryGrantEndsOnceWhenAllLocksHaveExpired();
    }

    /**
     * Grants, releases, force-releases and hand-overs answer one row each, and every such row was answered.
     * Expiries found on the way by a refusal are not answered, so expiry rows may outnumber their answers.
     */
    private static void assertEveryAnsweredChangeHasItsRow(RaceLog log, List<HistoryEntry> rows) {
        assertThat(log.grants())
                .as("grants answered")
                .hasSize(rowsOf(rows, ACQUIRED).size());
        assertSameOwnerships("grants", log.grants(), rowsOf(rows, ACQUIRED));
        for (HistoryAction action : List.of(RELEASED, FORCE_RELEASED, TRANSFERRED)) {
            assertSameOwnerships(action.wireName(), endedBy(log, action), rowsOf(rows, action));
        }
        List<Owned> expiriesAnswered =
                endedBy(log, EXPIRED).stream().map(Owned::of).toList();
        assertThat(expiriesAnswered).as("expiries answered").doesNotHaveDuplicates();
        assertThat(rowsOf(rows, EXPIRED).stream().map(Owned::of).toList()).containsAll(expiriesAnswered);
    }

    private void assertEveryGrantEndsOnceWhenAllLocksHaveExpired() {
        advanceClock(longTtl().plusSeconds(1));

        lockStore().sweepExpired();

        assertThat(lockStore().liveLocks()).isEmpty();
        HistoryInvariants.assertConsistent(allHistory(), lockStore().liveLocks());
    }

    private RaceLog race(List<AppointmentId> appointments, List<UserRef> people) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        RaceSetup setup = new RaceSetup(lockStore(), appointments, people, start, runFor(), maxOperationsPerThread());
        List<Callable<RaceLog>> racers = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Duration ttl = i % 2 == 0 ? longTtl() : shortTtl();
            racers.add(new RacingEditor(setup, people.get(i), i % 8 == 0, ttl));
        }
        racers.add(sweeper(setup));
        if (!clockStep().isZero()) {
            racers.add(ticker(setup));
        }
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            List<Future<RaceLog>> futures = racers.stream().map(pool::submit).toList();
            start.countDown();
            return RaceLog.merge(Simultaneously.collect(futures));
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(Simultaneously.PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .isTrue();
        }
    }

    /** Sweeps now and then during the race, as the scheduled sweeper does, and logs what it ended. */
    private Callable<RaceLog> sweeper(RaceSetup setup) {
        return () -> {
            RaceLog log = new RaceLog();
            long stopAt = setup.awaitStart();
            while (System.nanoTime() < stopAt) {
                lockStore().sweepExpired().forEach(lock -> log.ended(lock, EXPIRED));
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            }
            return log;
        };
    }

    private Callable<RaceLog> ticker(RaceSetup setup) {
        return () -> {
            long stopAt = setup.awaitStart();
            while (System.nanoTime() < stopAt) {
                advanceClock(clockStep());
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            return new RaceLog();
        };
    }

    private List<UserRef> people(String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> newUser(prefix + " " + i))
                .toList();
    }

    private static Lock onlyGrant(List<AcquireResult> answers) {
        List<Acquired> grants = answers.stream()
                .filter(Acquired.class::isInstance)
                .map(Acquired.class::cast)
                .toList();
        assertThat(grants).as("grants among racing acquires").hasSize(1);
        return grants.get(0).lock();
    }

    private static List<Lock> endedBy(RaceLog log, HistoryAction action) {
        return log.endings().stream()
                .filter(ending -> ending.action() == action)
                .map(RaceLog.Ending::lock)
                .toList();
    }

    private static List<HistoryEntry> rowsOf(List<HistoryEntry> rows, HistoryAction action) {
        return rows.stream().filter(row -> row.action() == action).toList();
    }

    /** Compares as multisets, by who held which token where, since times may move in a stored row. */
    private static void assertSameOwnerships(String what, List<Lock> answered, List<HistoryEntry> stored) {
        Map<Owned, Long> fromAnswers = countBy(answered, Owned::of);
        Map<Owned, Long> fromRows = countBy(stored, Owned::of);

        assertThat(difference(fromAnswers, fromRows))
                .as("%s answered without their history row", what)
                .isEmpty();
        assertThat(difference(fromRows, fromAnswers))
                .as("%s rows without an answer", what)
                .isEmpty();
    }

    private static <T> Map<Owned, Long> countBy(Collection<T> items, Function<T, Owned> key) {
        Map<Owned, Long> counts = new HashMap<>();
        items.forEach(item -> counts.merge(key.apply(item), 1L, Long::sum));
        return counts;
    }

    private static List<Owned> difference(Map<Owned, Long> left, Map<Owned, Long> right) {
        List<Owned> missing = new ArrayList<>();
        left.forEach((owned, count) -> {
            if (!count.equals(right.get(owned))) {
                missing.add(owned);
            }
        });
        return missing;
    }

    /** One ownership: who held which token of which appointment. */
    private record Owned(AppointmentId appointment, UserRef holder, FencingToken token) {

        static Owned of(Lock lock) {
            return new Owned(lock.appointmentId(), lock.holder(), lock.fencingToken());
        }

        static Owned of(HistoryEntry row) {
            return new Owned(row.appointmentId(), row.holder(), row.fencingToken());
        }
    }
}
