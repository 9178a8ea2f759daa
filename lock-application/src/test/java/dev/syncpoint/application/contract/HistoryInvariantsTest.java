package dev.syncpoint.application.contract;

import static dev.syncpoint.domain.history.HistoryAction.EXPIRED;
import static dev.syncpoint.domain.history.HistoryAction.FORCE_RELEASED;
import static dev.syncpoint.domain.history.HistoryAction.RELEASED;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.GrantKind;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The invariants catch each way a history can be broken, and accept a sound one. */
class HistoryInvariantsTest {

    private final AppointmentId appointment = AppointmentId.random();
    private final UserRef alice = ContractTestData.user("Alice");
    private final UserRef bob = ContractTestData.user("Bob");

    @Test
    void successiveOwnershipsWithTheLastStillOpenAreConsistent() {
        Lock first = lock(alice, 1, 0);
        Lock second = lock(bob, 2, 10);
        Lock third = lock(alice, 3, 20);
        List<HistoryEntry> rows =
                List.of(grant(first), end(first, RELEASED, 10), grant(second), end(second, EXPIRED, 20), grant(third));

        assertThatCode(() -> HistoryInvariants.assertConsistent(rows)).doesNotThrowAnyException();
        assertThatCode(() -> HistoryInvariants.assertConsistent(rows, List.of(third)))
                .doesNotThrowAnyException();
    }

    @Test
    void ownershipsThatOverlapAreReported() {
        Lock first = lock(alice, 1, 0);
        Lock second = lock(bob, 2, 5);

        List<HistoryEntry> rows = List.of(grant(first), end(first, RELEASED, 10), grant(second));

        assertBroken(rows, "overlap");
    }

    @Test
    void aGrantWhileAnEarlierLockNeverEndedIsReported() {
        List<HistoryEntry> rows = List.of(grant(lock(alice, 1, 0)), grant(lock(bob, 2, 5)));

        assertBroken(rows, "never ended");
    }

    @Test
    void aLockEndedTwiceIsReported() {
        Lock lock = lock(alice, 1, 0);

        List<HistoryEntry> rows = List.of(grant(lock), end(lock, RELEASED, 10), end(lock, FORCE_RELEASED, 10));

        assertBroken(rows, "ended more than once");
    }

    @Test
    void anEndingWithoutItsGrantIsReported() {
        List<HistoryEntry> rows = List.of(end(lock(alice, 1, 0), RELEASED, 10));

        assertBroken(rows, "exactly one acquired row");
    }

    @Test
    void oneTokenGrantedTwiceIsReported() {
        List<HistoryEntry> rows = List.of(grant(lock(alice, 1, 0)), grant(lock(bob, 1, 0)));

        assertBroken(rows, "exactly one acquired row");
    }

    @Test
    void aGreaterTokenGrantedEarlierIsReported() {
        Lock earlierTime = lock(alice, 2, 0);
        Lock laterTime = lock(bob, 1, 20);

        List<HistoryEntry> rows = List.of(
                grant(earlierTime), end(earlierTime, RELEASED, 10), grant(laterTime), end(laterTime, RELEASED, 30));

        assertBroken(rows, "greater token was granted earlier");
    }

    @Test
    void anEndingWhoseHeldForIsNotTheTimeSinceItsGrantIsReported() {
        Lock lock = lock(alice, 1, 0);
        HistoryEntry wrong = new HistoryEntry(
                appointment,
                RELEASED,
                alice,
                Optional.empty(),
                lock.fencingToken(),
                at(10),
                Optional.of(Duration.ofSeconds(3)),
                Optional.empty(),
                Optional.empty());

        List<HistoryEntry> rows = List.of(grant(lock), wrong);

        assertBroken(rows, "heldFor");
    }

    @Test
    void anOpenGrantThatIsNotLiveIsReportedWhenLiveLocksAreGiven() {
        Lock open = lock(alice, 1, 0);

        List<HistoryEntry> rows = List.of(grant(open));

        assertThatCode(() -> HistoryInvariants.assertConsistent(rows)).doesNotThrowAnyException();
        assertThatThrownBy(() -> HistoryInvariants.assertConsistent(rows, List.of()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("not live never ended");
    }

    @Test
    void aLiveLockWithoutAnOpenGrantIsReported() {
        Lock ended = lock(alice, 1, 0);

        List<HistoryEntry> rows = List.of(grant(ended), end(ended, RELEASED, 10));

        assertThatThrownBy(() -> HistoryInvariants.assertConsistent(rows, List.of(ended)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no open grant");
    }

    private void assertBroken(List<HistoryEntry> rows, String problem) {
        assertThatThrownBy(() -> HistoryInvariants.assertConsistent(rows))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(problem);
    }

    private Lock lock(UserRef holder, long token, int grantedAtSecond) {
        Instant granted = at(grantedAtSecond);
        return new Lock(appointment, holder, 1, new FencingToken(token), granted, granted.plusSeconds(300));
    }

    private static HistoryEntry grant(Lock lock) {
        return HistoryEntry.granted(lock, GrantKind.ACQUIRE, Optional.empty());
    }

    private static HistoryEntry end(Lock lock, HistoryAction action, int atSecond) {
        return HistoryEntry.ended(lock, action, at(atSecond), Optional.empty(), Optional.empty());
    }

    private static Instant at(int second) {
        return ContractTestData.START.plusSeconds(second);
    }
}
