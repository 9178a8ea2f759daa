package dev.syncpoint.adapter.rest.view;

import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.LockStatistics;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lock figures. {@code counts} has every history action, zero when none happened; the hold times are
 * null until some lock has ended.
 */
public record StatisticsView(
        Map<String, Long> counts, long conflicts, Long meanHoldMillis, Long p95HoldMillis, long distinctUsers) {

    public static StatisticsView of(LockStatistics statistics) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (HistoryAction action : HistoryAction.values()) {
            counts.put(action.wireName(), statistics.count(action));
        }
        return new StatisticsView(
                counts,
                statistics.conflicts(),
                statistics.meanHold().map(Duration::toMillis).orElse(null),
                statistics.p95Hold().map(Duration::toMillis).orElse(null),
                statistics.distinctUsers());
    }
}
