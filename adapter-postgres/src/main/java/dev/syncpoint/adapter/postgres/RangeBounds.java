package dev.syncpoint.adapter.postgres;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The ends of a time range split as appointments' starts and ends are stored: the instant to the microsecond
 * and the nanoseconds below it. An end beyond the years the store keeps (see {@link AppointmentRow}) is
 * pulled in to the first or last storable microsecond with a nanosecond part of -1 or 1000, which still
 * compares before or after every stored value, so the answer is the same and the driver is never handed
 * a date it cannot write.
 */
record RangeBounds(Instant fromMicros, int fromNanos, Instant toMicros, int toNanos) {

    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    private static final Instant LAST_MICRO = LAST.truncatedTo(ChronoUnit.MICROS);

    static RangeBounds of(Instant from, Instant to) {
        return new RangeBounds(micros(from), nanos(from), micros(to), nanos(to));
    }

    /** The values by parameter name; see {@link HistoryRow#columns} for why a map. */
    Map<String, Object> values() {
        return Map.of("fromMicros", fromMicros, "fromNanos", fromNanos, "toMicros", toMicros, "toNanos", toNanos);
    }

    private static Instant micros(Instant value) {
        if (value.isBefore(FIRST)) {
            return FIRST;
        }
        return value.isAfter(LAST) ? LAST_MICRO : value.truncatedTo(ChronoUnit.MICROS);
    }

    private static int nanos(Instant value) {
        if (value.isBefore(FIRST)) {
            return -1;
        }
        return value.isAfter(LAST) ? 1_000 : value.getNano() % 1_000;
    }
}
