package dev.syncpoint.adapter.rest.view;

import java.time.Instant;

/**
 * The answer to a request that changed a lock. {@code outcome} says what happened ({@code acquired},
 * {@code renewed}, {@code released}, {@code force_released}, {@code taken_over}); {@code lock} is the
 * live lock afterwards, {@code ended} the lock that ended, and {@code heldForMillis} how long that one was
 * held. Absent parts are null, so every lock answer has one shape.
 */
public record LockChangeView(String outcome, LockView lock, LockView ended, Long heldForMillis, Instant serverNow) {

    public static LockChangeView granted(String outcome, LockView lock, Instant serverNow) {
        return new LockChangeView(outcome, lock, null, null, serverNow);
    }

    public static LockChangeView ended(String outcome, LockView ended, long heldForMillis, Instant serverNow) {
        return new LockChangeView(outcome, null, ended, heldForMillis, serverNow);
    }

    public static LockChangeView replaced(
            String outcome, LockView lock, LockView ended, long heldForMillis, Instant serverNow) {
        return new LockChangeView(outcome, lock, ended, heldForMillis, serverNow);
    }
}
