package dev.syncpoint.application.contract;

import static dev.syncpoint.application.contract.Answers.expect;
import static dev.syncpoint.domain.history.HistoryAction.ACQUIRED;
import static dev.syncpoint.domain.history.HistoryAction.EXPIRED;
import static dev.syncpoint.domain.history.HistoryAction.FORCE_RELEASED;
import static dev.syncpoint.domain.history.HistoryAction.RELEASED;
import static dev.syncpoint.domain.history.HistoryAction.TRANSFERRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.history.LockStatistics;
import dev.syncpoint.domain.lock.ForceReleased;
import dev.syncpoint.domain.lock.HeldByOther;
import dev.syncpoint.domain.lock.LockTtl;
import dev.syncpoint.domain.lock.Released;
import dev.syncpoint.domain.lock.TakenOver;
import dev.syncpoint.domain.lock.Transferred;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code LockHistory} must answer about the rows its {@code LockStore} wrote: filters, paging,
 * order, statistics and pruning. The rows are made by real lock changes, a minute apart.
 */
public abstract class LockHistoryContract extends SharedStoresContract {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    private AppointmentId dentist;
    private AppointmentId physio;
    private UserRef alice;
    private UserRef bob;
    private UserRef carol;
    private UserRef admin;

    @BeforeEach
    final void createAppointmentsAndPeople() {
        dentist = newAppointment();
        physio = newAppointment();
        alice = newUser("Alice");
        bob = newUser("Bob");
        carol = newUser("Carol");
        admin = newUser("Ada Admin");
    }

    // Filters.

    @Test
    void findByAppointmentAnswersOnlyThatAppointmentsRows() {
        aDayOfEditing();

        List<HistoryEntry> rows = historyOf(physio);

        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.appointmentId()).isEqualTo(physio));
        assertThat(rows).hasSize(2);
    }

    @Test
    void findByUserMatchesRowsTheUserHeldTheLockInOrActedOn() {
        aDayOfEditing();

        List<HistoryEntry> adminsRows = find(all().withUser(admin.id()));
        List<HistoryEntry> carolsRows = find(all().withUser(carol.id()));

        assertThat(adminsRows).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(FORCE_RELEASED);
            assertThat(row.holder()).isEqualTo(bob);
            assertThat(row.actor()).contains(admin);
        });
        assertThat(carolsRows)
                .extracting(HistoryEntry::action, HistoryEntry::holder)
                .containsExactly(tuple(ACQUIRED, carol), tuple(TRANSFERRED, bob));
    }

    @Test
    void findByActionAnswersOnlyRowsOfThatAction() {
        aDayOfEditing();

        List<HistoryEntry> acquired = find(all().withAction(ACQUIRED));

        assertThat(acquired)
                .hasSize(4)
                .allSatisfy(row -> assertThat(row.action()).isEqualTo(ACQUIRED));
    }

    @Test
    void findCombinesEveryFilterItIsGiven() {
        aDayOfEditing();

        List<HistoryEntry> rows =
                find(all().withAppointment(dentist).withUser(bob.id()).withAction(ACQUIRED));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.appointmentId()).isEqualTo(dentist);
            assertThat(row.holder()).isEqualTo(bob);
            assertThat(row.action()).isEqualTo(ACQUIRED);
        });
    }

    @Test
    void findBetweenIncludesRowsAtTheStartAndExcludesRowsAtTheEnd() {
        fiveRowsAMinuteApart();
        List<HistoryEntry> rows = allHistory();

        List<HistoryEntry> between =
                find(all().between(rows.get(3).at(), rows.get(1).at()));

        assertThat(between).containsExactly(rows.get(2), rows.get(3));
    }

    @Test
    void findOfAUserWithoutRowsIsEmpty() {
        aDayOfEditing();

        Page<HistoryEntry> page =
                lockHistory().find(all().withUser(newUser("Nobody").id()));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    // Order and paging.

    @Test
    void rowsComeNewestFirstAndRowsOfOneInstantInTheReverseOrderTheyWereWritten() {
        acquired(dentist, alice);
        advanceClock(A_MINUTE);
        expect(TakenOver.class, lockStore().takeOver(dentist, admin, TTL, Optional.empty()));
        advanceClock(A_MINUTE);
        expect(Transferred.class, lockStore().transfer(dentist, admin.id(), bob, TTL, Optional.empty()));

        List<HistoryEntry> rows = historyOf(dentist);

        assertThat(rows)
                .extracting(HistoryEntry::action, row -> row.holder().name())
                .containsExactly(
                        tuple(ACQUIRED, "Bob"),
                        tuple(TRANSFERRED, "Ada Admin"),
                        tuple(ACQUIRED, "Ada Admin"),
                        tuple(FORCE_RELEASED, "Alice"),
                        tuple(ACQUIRED, "Alice"));
    }

    @Test
    void aPageHoldsItsSliceOfTheNewestFirstRowsAndTheTotalOfAllMatches() {
        fiveRowsAMinuteApart();
        List<HistoryEntry> rows = allHistory();

        Page<HistoryEntry> middle = lockHistory().find(HistoryQuery.all(new PageRequest(1, 2)));
        Page<HistoryEntry> last = lockHistory().find(HistoryQuery.all(new PageRequest(4, 2)));
        Page<HistoryEntry> beyond = lockHistory().find(HistoryQuery.all(new PageRequest(10, 2)));

        assertThat(middle.items()).containsExactly(rows.get(1), rows.get(2));
        assertThat(middle.total()).isEqualTo(5);
        assertThat(middle.hasMore()).isTrue();
        assertThat(last.items()).containsExactly(rows.get(4));
        assertThat(last.hasMore()).isFalse();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void theTotalCountsOnlyRowsMatchingTheFilters() {
        aDayOfEditing();

        Page<HistoryEntry> page = lockHistory().find(HistoryQuery.forAppointment(dentist, PageRequest.first(1)));

        assertThat(page.items()).hasSize(1);
        assertThat(page.total()).isEqualTo(historyOf(dentist).size());
    }

    // Statistics.

    @Test
    void statisticsCountEveryActionAndShowZeroForActionsThatNeverHappened() {
        aDayOfEditing();

        LockStatistics dentistFigures = lockHistory().statistics(Optional.of(dentist));

        assertThat(dentistFigures.countsByAction())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(ACQUIRED, 3L, RELEASED, 1L, EXPIRED, 0L, FORCE_RELEASED, 0L, TRANSFERRED, 1L));
    }

    @Test
    void statisticsOfAnAppointmentWithoutHistoryAreAllZeroAndEmpty() {
        LockStatistics figures = lockHistory().statistics(Optional.of(dentist));

        assertThat(figures.countsByAction()).hasSize(HistoryAction.values().length);
        assertThat(figures.countsByAction().values()).containsOnly(0L);
        assertThat(figures.conflicts()).isZero();
        assertThat(figures.meanHold()).isEmpty();
        assertThat(figures.p95Hold()).isEmpty();
        assertThat(figures.distinctUsers()).isZero();
    }

    @Test
    void statisticsGiveTheMeanAndTheNearestRankP95OfHowLongEndedLocksWereHeld() {
        for (int minutes = 1; minutes <= 20; minutes++) {
            acquired(dentist, alice, Duration.ofHours(1));
            advanceClock(Duration.ofMinutes(minutes));
            expect(Released.class, lockStore().release(dentist, alice.id(), OptionalLong.empty(), Optional.empty()));
        }
        List<Duration> holds = historyOf(dentist).stream()
                .flatMap(row -> row.heldFor().stream())
                .sorted()
                .toList();

        LockStatistics figures = lockHistory().statistics(Optional.of(dentist));

        // Nearest rank over 20 values: the 19th smallest, not the largest and not an interpolation.
        assertThat(figures.p95Hold()).contains(holds.get(18));
        assertThat(holds.get(18)).isGreaterThanOrEqualTo(Duration.ofMinutes(19)).isLessThan(holds.get(19));
        Duration mean = holds.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(holds.size());
        assertThat(figures.meanHold())
                .hasValueSatisfying(value -> assertThat(value).isCloseTo(mean, Duration.ofMillis(1)));
    }

    @Test
    void statisticsCountExpiredLocksAsHeldForTheirWholeTtl() {
        acquired(dentist, alice, Duration.ofMinutes(10));
        advanceClock(Duration.ofMinutes(11));
        lockStore().sweepExpired();

        LockStatistics figures = lockHistory().statistics(Optional.of(dentist));

        assertThat(figures.count(EXPIRED)).isEqualTo(1);
        assertThat(figures.meanHold()).contains(Duration.ofMinutes(10));
        assertThat(figures.p95Hold()).contains(Duration.ofMinutes(10));
    }

    @Test
    void statisticsCountDistinctHoldersButNotAdminsWhoOnlyActed() {
        acquired(dentist, alice);
        release(dentist, alice);
        acquired(dentist, alice);
        release(dentist, alice);
        acquired(dentist, bob);
        expect(ForceReleased.class, lockStore().forceRelease(dentist, admin, Optional.empty()));

        LockStatistics figures = lockHistory().statistics(Optional.of(dentist));

        assertThat(figures.distinctUsers()).isEqualTo(2);
    }

    @Test
    void overallStatisticsCoverEveryAppointment() {
        aDayOfEditing();
        acquired(physio, alice);
        expect(HeldByOther.class, lockStore().acquire(physio, bob, TTL, OptionalLong.empty()));

        LockStatistics overall = lockHistory().statistics(Optional.empty());

        assertThat(overall.countsByAction())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(ACQUIRED, 5L, RELEASED, 1L, EXPIRED, 0L, FORCE_RELEASED, 1L, TRANSFERRED, 1L));
        assertThat(overall.conflicts()).isEqualTo(1);
        assertThat(overall.distinctUsers()).isEqualTo(3);
    }

    // Pruning.

    @Test
    void deleteOlderThanRemovesRowsDatedBeforeTheCutoffAndAnswersHowManyWent() {
        acquired(dentist, alice);
        advanceClock(A_MINUTE);
        release(dentist, alice);
        advanceClock(Duration.ofDays(1));
        acquired(physio, bob);
        advanceClock(A_MINUTE);
        release(physio, bob);
        List<HistoryEntry> physioRows = historyOf(physio);
        Instant cutoff = physioRows.get(1).at().minusSeconds(1);

        long deleted = lockHistory().deleteOlderThan(cutoff);

        assertThat(deleted).isEqualTo(2);
        assertThat(allHistory()).containsExactlyElementsOf(physioRows);
    }

    @Test
    void deleteOlderThanKeepsRowsDatedExactlyAtTheCutoff() {
        acquired(dentist, alice);
        advanceClock(A_MINUTE);
        release(dentist, alice);
        List<HistoryEntry> rows = historyOf(dentist);

        long deleted = lockHistory().deleteOlderThan(rows.get(0).at());

        assertThat(deleted).isEqualTo(1);
        assertThat(allHistory()).containsExactly(rows.get(0));
    }

    @Test
    void deleteOlderThanKeepsTheAcquiredRowOfALockThatHasNotEnded() {
        acquired(dentist, alice, LockTtl.MAX);
        acquired(physio, bob);
        release(physio, bob);
        advanceClock(Duration.ofHours(2));

        long deleted = lockHistory().deleteOlderThan(lockStore().now());

        assertThat(deleted).isEqualTo(2);
        assertThat(allHistory())
                .extracting(HistoryEntry::action, HistoryEntry::holder)
                .containsExactly(tuple(ACQUIRED, alice));
        release(dentist, alice);
        HistoryInvariants.assertConsistent(historyOf(dentist), lockStore().liveLocks());
    }

    /**
     * Seven rows from six lock changes a minute apart: on the dentist, Alice acquires and releases, Bob
     * acquires and hands over to Carol (two rows); on the physio, Bob acquires and an admin force-releases.
     */
    private void aDayOfEditing() {
        acquired(dentist, alice);
        advanceClock(A_MINUTE);
        release(dentist, alice);
        advanceClock(A_MINUTE);
        acquired(dentist, bob);
        advanceClock(A_MINUTE);
        expect(Transferred.class, lockStore().transfer(dentist, bob.id(), carol, TTL, Optional.empty()));
        advanceClock(A_MINUTE);
        acquired(physio, bob);
        advanceClock(A_MINUTE);
        expect(ForceReleased.class, lockStore().forceRelease(physio, admin, Optional.of("stuck")));
    }

    /** Five rows of one appointment, each at its own instant. */
    private void fiveRowsAMinuteApart() {
        for (int i = 0; i < 2; i++) {
            acquired(dentist, alice);
            advanceClock(A_MINUTE);
            release(dentist, alice);
            advanceClock(A_MINUTE);
        }
        acquired(dentist, alice);
    }

    private void release(AppointmentId appointment, UserRef who) {
        expect(Released.class, lockStore().release(appointment, who.id(), OptionalLong.empty(), Optional.empty()));
    }

    private List<HistoryEntry> find(HistoryQuery query) {
        return HistoryReader.readAll(lockHistory(), query);
    }

    private static HistoryQuery all() {
        return HistoryQuery.all(PageRequest.first(PageRequest.MAX_LIMIT));
    }
}
