package dev.syncpoint.domain.history;

import dev.syncpoint.domain.user.UserId;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Figures over a set of history rows, for one appointment or all of them.
 *
 * @param countsByAction how many rows of each action; every action is present, zero when none
 * @param conflicts acquires refused because someone else held the lock; these change no lock, so they are
 *     counted apart from the history
 * @param meanHold the mean time from grant to end over ended locks, empty when none ended
 * @param p95Hold the 95th percentile of that time by the nearest-rank method, empty when none ended
 * @param distinctUsers how many different users held a lock
 */
public record LockStatistics(
        Map<HistoryAction, Long> countsByAction,
        long conflicts,
        Optional<Duration> meanHold,
        Optional<Duration> p95Hold,
        long distinctUsers) {

    public LockStatistics {
        EnumMap<HistoryAction, Long> complete = new EnumMap<>(HistoryAction.class);
        for (HistoryAction action : HistoryAction.values()) {
            complete.put(action, countsByAction.getOrDefault(action, 0L));
        }
        countsByAction = Map.copyOf(complete);
    }

    public static LockStatistics of(Collection<HistoryEntry> rows, long conflicts) {
        Map<HistoryAction, Long> counts = new EnumMap<>(HistoryAction.class);
        Set<UserId> users = new HashSet<>();
        List<Duration> holds =
                rows.stream().flatMap(row -> row.heldFor().stream()).sorted().toList();
        for (HistoryEntry row : rows) {
            counts.merge(row.action(), 1L, Long::sum);
            users.add(row.holder().id());
        }
        return new LockStatistics(counts, conflicts, mean(holds), percentile(holds, 95), users.size());
    }

    public long count(HistoryAction action) {
        return countsByAction.get(action);
    }

    private static Optional<Duration> mean(List<Duration> holds) {
        if (holds.isEmpty()) {
            return Optional.empty();
        }
        Duration total = holds.stream().reduce(Duration.ZERO, Duration::plus);
        return Optional.of(total.dividedBy(holds.size()));
    }

    /** Nearest rank: the smallest value with at least {@code p} percent of the values at or below it. */
    static Optional<Duration> percentile(List<Duration> sortedHolds, int p) {
        if (sortedHolds.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedHolds.size());
        return Optional.of(sortedHolds.get(Math.max(rank, 1) - 1));
    }
}
