package dev.syncpoint.application;

import dev.syncpoint.domain.lock.DisconnectGrace;
import dev.syncpoint.domain.lock.LockTtl;
import java.time.Duration;
import java.util.Objects;

/**
 * The timings the use cases apply.
 *
 * @param ttl how long a lock lives without a renewal (rule 2, default 300 s)
 * @param disconnectGrace how long a holder who lost their connection has to come back (rule 10, 30 s)
 */
public record LockPolicy(Duration ttl, DisconnectGrace disconnectGrace) {

    public LockPolicy {
        LockTtl.check(ttl);
        Objects.requireNonNull(disconnectGrace, "disconnectGrace");
    }

    public static LockPolicy defaults() {
        return new LockPolicy(LockTtl.DEFAULT, new DisconnectGrace(DisconnectGrace.DEFAULT));
    }

    public LockPolicy withTtl(Duration newTtl) {
        return new LockPolicy(newTtl, disconnectGrace);
    }
}
