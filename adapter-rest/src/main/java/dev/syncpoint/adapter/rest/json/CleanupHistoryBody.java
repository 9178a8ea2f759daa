package dev.syncpoint.adapter.rest.json;

import dev.syncpoint.adapter.rest.problem.Violations;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;

/**
 * Which history rows to prune: those dated before {@code olderThan}, or older than {@code olderThanDays}
 * days. Exactly one of the two is given. A cutoff in the future would take rows that are not old at all,
 * the whole history at once, so it is refused.
 */
public record CleanupHistoryBody(String olderThan, Integer olderThanDays) {

    public static final int MAX_DAYS = 36_500;

    /** The cutoff, never later than {@code clock}'s now; a number of days counts back from that now. */
    public Instant cutoff(InstantSource clock) {
        if ((olderThan == null) == (olderThanDays == null)) {
            throw Violations.exception("olderThan", "give exactly one of olderThan and olderThanDays");
        }
        if (olderThan != null) {
            return notInTheFuture(parsedOlderThan(), clock.instant());
        }
        if (olderThanDays < 1 || olderThanDays > MAX_DAYS) {
            throw Violations.exception("olderThanDays", "olderThanDays must be from 1 to " + MAX_DAYS);
        }
        return clock.instant().minus(Duration.ofDays(olderThanDays));
    }

    private Instant parsedOlderThan() {
        return TimeText.parse(olderThan)
                .map(OffsetDateTime::toInstant)
                .orElseThrow(() -> Violations.exception(TimeText.complaint("olderThan")));
    }

    private static Instant notInTheFuture(Instant cutoff, Instant now) {
        if (cutoff.isAfter(now)) {
            throw Violations.exception(
                    "olderThan",
                    "olderThan must not be in the future: " + cutoff + " is later than the server's time now, " + now
                            + ", and would delete history that is not old");
        }
        return cutoff;
    }
}
