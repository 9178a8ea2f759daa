package dev.syncpoint.domain.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Rule 10: when a holder's last live connection watching the appointment drops, their lock is released
 * once the grace period has passed, unless they came back or renewed the lock in the meantime.
 */
public record DisconnectGrace(Duration period) {

    public static final Duration DEFAULT = Duration.ofSeconds(30);

    public DisconnectGrace {
        Objects.requireNonNull(period, "period");
        if (period.isNegative()) {
            throw new IllegalArgumentException("a grace period cannot be negative");
        }
    }

    /**
     * @param heldAtDisconnect the lock as it was when the last connection dropped
     * @param liveNow the live lock now, if any
     * @param holderBack whether the holder watches the appointment again over a live connection
     */
    public boolean releaseDue(
            Lock heldAtDisconnect, Optional<Lock> liveNow, Instant disconnectedAt, Instant now, boolean holderBack) {
        if (holderBack || now.isBefore(disconnectedAt.plus(period))) {
            return false;
        }
        return liveNow.filter(l -> l.fencingToken().equals(heldAtDisconnect.fencingToken()))
                .filter(l -> l.version() == heldAtDisconnect.version())
                .isPresent();
    }
}
