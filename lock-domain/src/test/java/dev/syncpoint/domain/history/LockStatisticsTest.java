package dev.syncpoint.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LockStatisticsTest {

    private static final AppointmentId APPOINTMENT = AppointmentId.random();
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void countsEveryActionIncludingTheOnesThatNeverHappened() {
        UserRef alice = user("alice");
        List<HistoryEntry> rows = ownership(alice, 1, Duration.ofSeconds(10), HistoryAction.RELEASED);

        LockStatistics stats = LockStatistics.of(rows, 4);

        assertThat(stats.count(HistoryAction.ACQUIRED)).isEqualTo(1);
        assertThat(stats.count(HistoryAction.RELEASED)).isEqualTo(1);
        assertThat(stats.count(HistoryAction.TRANSFERRED)).isZero();
        assertThat(stats.conflicts()).isEqualTo(4);
        assertThat(stats.distinctUsers()).isEqualTo(1);
    }

    @Test
    void takesTheMeanAndTheNearestRankNinetyFifthPercentileOfHoldTimes() {
        UserRef alice = user("alice");
        List<HistoryEntry> rows = new ArrayList<>();
        IntStream.rangeClosed(1, 20)
                .forEach(i -> rows.addAll(ownership(alice, i, Duration.ofSeconds(i), HistoryAction.RELEASED)));

        LockStatistics stats = LockStatistics.of(rows, 0);

        assertThat(stats.meanHold()).contains(Duration.ofMillis(10_500));
        assertThat(stats.p95Hold()).contains(Duration.ofSeconds(19));
    }

    @Test
    void hasNoHoldFiguresWhenNoLockEnded() {
        Lock open = lock(user("bob"), 1);

        LockStatistics stats =
                LockStatistics.of(List.of(HistoryEntry.granted(open, GrantKind.ACQUIRE, Optional.empty())), 0);

        assertThat(stats.meanHold()).isEmpty();
        assertThat(stats.p95Hold()).isEmpty();
    }

    @Test
    void countsDistinctHolders() {
        List<HistoryEntry> rows = new ArrayList<>();
        rows.addAll(ownership(user("a"), 1, Duration.ofSeconds(1), HistoryAction.EXPIRED));
        rows.addAll(ownership(user("b"), 2, Duration.ofSeconds(1), HistoryAction.FORCE_RELEASED));

        assertThat(LockStatistics.of(rows, 0).distinctUsers()).isEqualTo(2);
    }

    private static List<HistoryEntry> ownership(UserRef holder, long token, Duration held, HistoryAction end) {
        Lock lock = lock(holder, token);
        return List.of(
                HistoryEntry.granted(lock, GrantKind.ACQUIRE, Optional.empty()),
                HistoryEntry.ended(lock, end, lock.acquiredAt().plus(held), Optional.empty(), Optional.empty()));
    }

    private static Lock lock(UserRef holder, long token) {
        Instant at = T0.plusSeconds(token * 1000);
        return new Lock(APPOINTMENT, holder, 1, new FencingToken(token), at, at.plusSeconds(300));
    }

    private static UserRef user(String name) {
        return new UserRef(UserId.random(), name, name + "@example.org");
    }
}
