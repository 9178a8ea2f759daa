package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.Lock;
import java.time.Instant;
import java.util.Objects;

/**
 * The holder's last live connection watching the appointment dropped (rule 10).
 *
 * @param heldAtDisconnect the lock as the connection last saw it
 * @param holderBack whether the holder is watching again over a live connection
 */
public record AbandonedLockCommand(Lock heldAtDisconnect, Instant disconnectedAt, boolean holderBack) {

    public AbandonedLockCommand {
        Objects.requireNonNull(heldAtDisconnect, "heldAtDisconnect");
        Objects.requireNonNull(disconnectedAt, "disconnectedAt");
    }
}
