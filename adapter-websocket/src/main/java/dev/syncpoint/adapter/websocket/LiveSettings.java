package dev.syncpoint.adapter.websocket;

import java.time.Duration;
import java.util.Objects;

/**
 * The timings and limits of the live channel.
 *
 * @param authTimeout how long a new connection may take to authenticate before it is closed with 4408
 * @param disconnectGrace how long a holder whose last watching connection dropped has to come back (rule 10)
 * @param cursorInterval at most one cursor move per user and appointment is relayed within this time
 * @param cursorIdle a cursor that has not moved for this long is announced as gone
 * @param pingInterval how often the server sends a WebSocket ping, so proxies keep quiet connections open
 * @param idleTimeout a connection that has sent no frame for this long is taken for dead and closed
 * @param presenceRefresh how often this node repeats who watches here, so other nodes know it still runs
 * @param presenceStale another node's watchers are forgotten when it has not repeated them for this long
 * @param maxFrameBytes the largest frame handled; larger ones are answered with {@code frame-too-large}
 * @param ratePerSecond frames a connection may send per second, sustained
 * @param rateBurst frames a connection may send at once after a quiet spell
 * @param floodLimit a connection with more frames dropped than this within {@code floodWindow} is closed
 * @param floodWindow the time over which dropped frames are counted
 * @param maxSubscriptions appointments one connection may watch at once
 * @param sendQueueLimit frames waiting to be sent to one connection before it counts as too slow and is closed
 */
public record LiveSettings(
        Duration authTimeout,
        Duration disconnectGrace,
        Duration cursorInterval,
        Duration cursorIdle,
        Duration pingInterval,
        Duration idleTimeout,
        Duration presenceRefresh,
        Duration presenceStale,
        int maxFrameBytes,
        int ratePerSecond,
        int rateBurst,
        int floodLimit,
        Duration floodWindow,
        int maxSubscriptions,
        int sendQueueLimit) {

    /** What Jetty itself accepts; frames between this and {@link #maxFrameBytes} get a polite error. */
    static final int TRANSPORT_LIMIT_BYTES = 1024 * 1024;

    public LiveSettings {
        positive("authTimeout", authTimeout);
        Objects.requireNonNull(disconnectGrace, "disconnectGrace");
        if (disconnectGrace.isNegative()) {
            throw new IllegalArgumentException("disconnectGrace cannot be negative");
        }
        positive("cursorInterval", cursorInterval);
        positive("cursorIdle", cursorIdle);
        positive("pingInterval", pingInterval);
        positive("idleTimeout", idleTimeout);
        positive("presenceRefresh", presenceRefresh);
        positive("presenceStale", presenceStale);
        if (presenceStale.compareTo(presenceRefresh) <= 0) {
            throw new IllegalArgumentException("presenceStale must be longer than presenceRefresh, or every node's "
                    + "watchers would be forgotten between two announcements");
        }
        if (maxFrameBytes < 64 || maxFrameBytes > TRANSPORT_LIMIT_BYTES) {
            throw new IllegalArgumentException(
                    "maxFrameBytes must be from 64 to " + TRANSPORT_LIMIT_BYTES + ", was " + maxFrameBytes);
        }
        atLeastOne("ratePerSecond", ratePerSecond);
        atLeastOne("rateBurst", rateBurst);
        atLeastOne("floodLimit", floodLimit);
        positive("floodWindow", floodWindow);
        atLeastOne("maxSubscriptions", maxSubscriptions);
        atLeastOne("sendQueueLimit", sendQueueLimit);
    }

    public static LiveSettings defaults() {
        return new LiveSettings(
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                Duration.ofMillis(50),
                Duration.ofSeconds(10),
                Duration.ofSeconds(15),
                Duration.ofSeconds(90),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                16 * 1024,
                40,
                80,
                200,
                Duration.ofSeconds(10),
                100,
                1024);
    }

    public LiveSettings withAuthTimeout(Duration value) {
        return new LiveSettings(
                value,
                disconnectGrace,
                cursorInterval,
                cursorIdle,
                pingInterval,
                idleTimeout,
                presenceRefresh,
                presenceStale,
                maxFrameBytes,
                ratePerSecond,
                rateBurst,
                floodLimit,
                floodWindow,
                maxSubscriptions,
                sendQueueLimit);
    }

    public LiveSettings withDisconnectGrace(Duration value) {
        return new LiveSettings(
                authTimeout,
                value,
                cursorInterval,
                cursorIdle,
                pingInterval,
                idleTimeout,
                presenceRefresh,
                presenceStale,
                maxFrameBytes,
                ratePerSecond,
                rateBurst,
                floodLimit,
                floodWindow,
                maxSubscriptions,
                sendQueueLimit);
    }

    public LiveSettings withCursorInterval(Duration value) {
        return new LiveSettings(
                authTimeout,
                disconnectGrace,
                value,
                cursorIdle,
                pingInterval,
                idleTimeout,
                presenceRefresh,
                presenceStale,
                maxFrameBytes,
                ratePerSecond,
                rateBurst,
                floodLimit,
                floodWindow,
                maxSubscriptions,
                sendQueueLimit);
    }

    public LiveSettings withCursorIdle(Duration value) {
        return new LiveSettings(
                authTimeout,
                disconnectGrace,
                cursorInterval,
                value,
                pingInterval,
                idleTimeout,
                presenceRefresh,
                presenceStale,
                maxFrameBytes,
                ratePerSecond,
                rateBurst,
                floodLimit,
                floodWindow,
                maxSubscriptions,
                sendQueueLimit);
    }

    /** The ping interval and the silence after which a connection is taken for dead. */
    public LiveSettings withLiveness(Duration newPingInterval, Duration newIdleTimeout) {
        return new LiveSettings(
                authTimeout,
                disconnectGrace,
                cursorInterval,
                cursorIdle,
                newPingInterval,
                newIdleTimeout,
                presenceRefresh,
                presenceStale,
                maxFrameBytes,
                ratePerSecond,
                rateBurst,
                floodLimit,
                floodWindow,
                maxSubscriptions,
                sendQueueLimit);
    }

    /** How often this node repeats its watchers, and when other nodes' watchers count as stale. */
    public LiveSettings withPresence(Duration newRefresh, Duration newStale) {
        return new LiveSettings(
                authTimeout,
                disconnectGrace,
                cursorInterval,
                cursorIdle,
                pingInterval,
                idleTimeout,
                newRefresh,
                newStale,
                maxFrameBytes,
                ratePerSecond,
                rateBurst,
                floodLimit,
                floodWindow,
                maxSubscriptions,
                sendQueueLimit);
    }

    public LiveSettings withMaxFrameBytes(int value) {
        return new LiveSettings(
                authTimeout,
                disconnectGrace,
                cursorInterval,
                cursorIdle,
                pingInterval,
                idleTimeout,
                presenceRefresh,
                presenceStale,
                value,
                ratePerSecond,
                rateBurst,
                floodLimit,
                floodWindow,
                maxSubscriptions,
                sendQueueLimit);
    }

    /** The sustained rate and burst of frames per connection. */
    public LiveSettings withRateLimit(int newRatePerSecond, int newBurst) {
        return new LiveSettings(
                authTimeout,
                disconnectGrace,
                cursorInterval,
                cursorIdle,
                pingInterval,
                idleTimeout,
                presenceRefresh,
                presenceStale,
                maxFrameBytes,
                newRatePerSecond,
                newBurst,
                floodLimit,
                floodWindow,
                maxSubscriptions,
                sendQueueLimit);
    }

    /** How many dropped frames within which window close a connection with 1008. */
    public LiveSettings withFloodLimit(int newLimit, Duration newWindow) {
        return new LiveSettings(
                authTimeout,
                disconnectGrace,
                cursorInterval,
                cursorIdle,
                pingInterval,
                idleTimeout,
                presenceRefresh,
                presenceStale,
                maxFrameBytes,
                ratePerSecond,
                rateBurst,
                newLimit,
                newWindow,
                maxSubscriptions,
                sendQueueLimit);
    }

    public LiveSettings withMaxSubscriptions(int value) {
        return new LiveSettings(
                authTimeout,
                disconnectGrace,
                cursorInterval,
                cursorIdle,
                pingInterval,
                idleTimeout,
                presenceRefresh,
                presenceStale,
                maxFrameBytes,
                ratePerSecond,
                rateBurst,
                floodLimit,
                floodWindow,
                value,
                sendQueueLimit);
    }

    public LiveSettings withSendQueueLimit(int value) {
        return new LiveSettings(
                authTimeout,
                disconnectGrace,
                cursorInterval,
                cursorIdle,
                pingInterval,
                idleTimeout,
                presenceRefresh,
                presenceStale,
                maxFrameBytes,
                ratePerSecond,
                rateBurst,
                floodLimit,
                floodWindow,
                maxSubscriptions,
                value);
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
