package dev.syncpoint.adapter.websocket;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one cursor move per person and appointment per interval, however many tabs they move it from
 * on this node. Moves in between are dropped, not delayed: the next one carries the newer position anyway.
 */
final class CursorThrottle {

    private final Duration interval;
    private final Map<Watcher, Instant> lastPassed = new ConcurrentHashMap<>();

    CursorThrottle(Duration interval) {
        this.interval = interval;
    }

    boolean pass(AppointmentId appointment, UserId user, Instant now) {
        boolean[] passed = {false};
        lastPassed.compute(new Watcher(appointment, user), (key, last) -> {
            if (last != null && now.isBefore(last.plus(interval))) {
                return last;
            }
            passed[0] = true;
            return now;
        });
        return passed[0];
    }

    /** Forgets people who stopped moving, so the map does not grow with everyone who ever pointed. */
    void forgetBefore(Instant cutoff) {
        lastPassed.values().removeIf(last -> last.isBefore(cutoff));
    }
}
