package dev.syncpoint.adapter.websocket;

import dev.syncpoint.adapter.websocket.protocol.ClientFrame.CursorPosition;
import dev.syncpoint.adapter.websocket.protocol.ErrorCode;
import dev.syncpoint.adapter.websocket.protocol.FrameProblem;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.domain.event.SyncEvent.CursorMoved;
import dev.syncpoint.domain.user.User;
import java.time.Clock;

/**
 * Passes a watcher's cursor to the other watchers, on every node, through the event port. Only a
 * viewer's cursor travels, and at most one move per person and appointment per interval; the last one
 * of a burst follows when the interval is over.
 */
final class CursorRelay {

    private final LockEvents events;
    private final CursorThrottle throttle;
    private final Clock clock;

    CursorRelay(LockEvents events, CursorThrottle throttle, Clock clock) {
        this.events = events;
        this.throttle = throttle;
        this.clock = clock;
    }

    void move(Connection connection, User user, CursorPosition position) {
        if (!connection.watchesOpenly(position.appointmentId())) {
            connection.refuse(FrameProblem.about(
                    position.appointmentId(),
                    ErrorCode.NOT_SUBSCRIBED,
                    "subscribe to appointment " + position.appointmentId() + " before sending its cursor"));
            return;
        }
        if (!connection.views(position.appointmentId())) {
            connection.refuse(FrameProblem.about(
                    position.appointmentId(),
                    ErrorCode.NOT_SUBSCRIBED,
                    "appointment " + position.appointmentId() + " is watched with presence false here, so its"
                            + " cursor is not shown; subscribe with presence true to share it"));
            return;
        }

        throttle.offer(position.appointmentId(), user.id(), () -> publish(connection, user, position));
    }

    /** A move held back is sent only if its viewer still views: one that left has taken its cursor along. */
    private void publish(Connection connection, User user, CursorPosition position) {
        if (connection.views(position.appointmentId())) {
            events.publish(
                    new CursorMoved(position.appointmentId(), user.ref(), position.x(), position.y(), clock.instant()));
        }
    }
}
