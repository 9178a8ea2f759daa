package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.LockStatistics;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/** The raw figures the statistics query returns, turned into {@link LockStatistics}. */
record HistoryFigures(
        Map<HistoryAction, Long> countsByAction,
        long distinctUsers,
        long ended,
        long heldMicrosTotal,
        Optional<Long> p95Micros,
        long conflicts) {

    LockStatistics statistics() {
        return new LockStatistics(
                countsByAction, conflicts, meanHold(), p95Micros.map(HistoryFigures::micros), distinctUsers);
    }

    /** As {@code LockStatistics.of} computes it: the total hold divided by the count, rounded down. */
    private Optional<Duration> meanHold() {
        if (ended == 0) {
            return Optional.empty();
        }
        return Optional.of(micros(heldMicrosTotal).dividedBy(ended));
    }

    private static Duration micros(long micros) {
        return Duration.of(micros, ChronoUnit.MICROS);
    }
}
