package dev.syncpoint.domain.lock;

import java.time.Duration;
import java.util.Objects;

/** The limits on a lock's time-to-live, shared by every place that grants or renews one. */
public final class LockTtl {

    /** Rule 2's default. */
    public static final Duration DEFAULT = Duration.ofSeconds(300);

    public static final Duration MAX = Duration.ofHours(24);

    private LockTtl() {}

    /** Returns the ttl if it is positive and at most a day; a zero or endless lock is a programming error. */
    public static Duration check(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("a lock's ttl must be positive and at most " + MAX + ", was " + ttl);
        }
        return ttl;
    }
}
