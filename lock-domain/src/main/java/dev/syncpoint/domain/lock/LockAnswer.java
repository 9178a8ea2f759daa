package dev.syncpoint.domain.lock;

import java.time.Instant;

/**
 * Every answer about a lock carries the store's clock reading, so clients count down against the
 * server's time rather than their own (rule 1).
 */
public interface LockAnswer {

    Instant serverNow();
}
