package dev.syncpoint.application.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, for adapters that take an {@link InstantSource}. Safe
 * to read and move from many threads; it only ever moves forward, as a store's clock does.
 */
public final class MutableClock implements InstantSource {

    private final AtomicReference<Instant> now;

    private MutableClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    public static MutableClock startingAt(Instant start) {
        return new MutableClock(start);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Moves the clock forward and answers the new time. */
    public Instant advance(Duration by) {
        Objects.requireNonNull(by, "by");
        if (by.isNegative()) {
            throw new IllegalArgumentException("a store's clock never runs backwards, was asked to move " + by);
        }
        return now.updateAndGet(current -> current.plus(by));
    }
}
