package dev.syncpoint.adapter.websocket;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * At most one cursor move per person and appointment per interval, however many tabs they move it from
 * on this node. A move inside the interval is held back, replacing any held before it, and sent when the
 * interval is over: the moves in between are dropped, but the last position always arrives, so a pointer
 * that comes to rest is shown where it rests.
 */
final class CursorThrottle {

    private final Duration interval;
    private final Clock clock;
    private final ScheduledExecutorService timers;
    private final Map<Watcher, Slot> slots = new ConcurrentHashMap<>();

    CursorThrottle(Duration interval, Clock clock, ScheduledExecutorService timers) {
        this.interval = interval;
        this.clock = clock;
        this.timers = timers;
    }

    /** Runs {@code send} now if the interval since the last move sent is over, else when it is. */
    void offer(AppointmentId appointment, UserId user, Runnable send) {
        Watcher who = new Watcher(appointment, user);
        Instant now = clock.instant();
        boolean[] sendNow = {false};
        slots.compute(who, (key, slot) -> {
            if (slot == null || !now.isBefore(slot.sentAt().plus(interval))) {
                sendNow[0] = true;
                return new Slot(now, null);
            }
            if (slot.held() == null) {
                flushLater(who, Duration.between(now, slot.sentAt().plus(interval)));
            }
            return new Slot(slot.sentAt(), send);
        });
        if (sendNow[0]) {
            send.run();
        }
    }

    /** Forgets people who stopped moving, so the map does not grow with everyone who ever pointed. */
    void forgetBefore(Instant cutoff) {
        slots.values().removeIf(slot -> slot.held() == null && slot.sentAt().isBefore(cutoff));
    }

    private void flushLater(Watcher who, Duration delay) {
        try {
            timers.schedule(() -> flush(who), Math.max(1, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // The channel is stopping; a held move has nobody left to reach.
        }
    }

    private void flush(Watcher who) {
        Runnable[] held = {null};
        slots.computeIfPresent(who, (key, slot) -> {
            held[0] = slot.held();
            return held[0] == null ? slot : new Slot(clock.instant(), null);
        });
        if (held[0] != null) {
            held[0].run();
        }
    }

    /** When a move was last sent, and the newest one waiting for the interval to end, if any. */
    private record Slot(Instant sentAt, Runnable held) {}
}
