package dev.syncpoint.adapter.websocket;

import java.time.Duration;
import java.time.Instant;

/**
 * How fast one connection may send: a token bucket ({@code ratePerSecond} sustained, {@code rateBurst} at
 * once). Frames over the limit are dropped; the sender is told at most once a second, and a connection
 * that has more than {@code floodLimit} frames dropped within {@code floodWindow} is flooding.
 */
final class RateLimit {

    enum Verdict {
        ACCEPT,
        DROP_AND_TELL,
        DROP,
        FLOODING
    }

    private static final Duration TELL_EVERY = Duration.ofSeconds(1);

    private final double perMilli;
    private final double burst;
    private final int floodLimit;
    private final Duration floodWindow;
    private double tokens;
    private Instant refilledAt;
    private Instant windowStart;
    private int droppedInWindow;
    private Instant toldAt = Instant.MIN;

    RateLimit(LiveSettings settings, Instant now) {
        this.perMilli = settings.ratePerSecond() / 1000.0;
        this.burst = settings.rateBurst();
        this.floodLimit = settings.floodLimit();
        this.floodWindow = settings.floodWindow();
        this.tokens = burst;
        this.refilledAt = now;
        this.windowStart = now;
    }

    synchronized Verdict admit(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Verdict.ACCEPT;
        }

        if (!now.isBefore(windowStart.plus(floodWindow))) {
            windowStart = now;
            droppedInWindow = 0;
        }
        droppedInWindow++;
        if (droppedInWindow > floodLimit) {
            return Verdict.FLOODING;
        }
        if (!now.isBefore(toldAt.plus(TELL_EVERY))) {
            toldAt = now;
            return Verdict.DROP_AND_TELL;
        }
        return Verdict.DROP;
    }

    private void refill(Instant now) {
        long elapsed = Duration.between(refilledAt, now).toMillis();
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * perMilli);
            refilledAt = now;
        }
    }
}
