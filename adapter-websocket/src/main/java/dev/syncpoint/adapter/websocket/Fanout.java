package dev.syncpoint.adapter.websocket;

import dev.syncpoint.adapter.websocket.protocol.EventFrames;
import dev.syncpoint.adapter.websocket.protocol.FrameWriter;
import dev.syncpoint.adapter.websocket.protocol.ServerFrame;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Hands frames to the connections watching an appointment, and to no one else. A frame is written once
 * for everyone who sees it alike; only the holder of a lock in an event gets a version of their own,
 * since only they see its fencing token.
 */
final class Fanout {

    private final Rooms rooms;
    private final FrameWriter writer;

    Fanout(Rooms rooms, FrameWriter writer) {
        this.rooms = rooms;
        this.writer = writer;
    }

    void event(SyncEvent event) {
        AppointmentId appointment = event.appointmentId();
        Map<Optional<UserId>, Optional<String>> written = new HashMap<>();
        for (Connection connection : rooms.members(appointment)) {
            connection.user().map(User::id).ifPresent(viewer -> {
                Optional<UserId> version =
                        EventFrames.seesOwnVersion(event, viewer) ? Optional.of(viewer) : Optional.empty();
                written.computeIfAbsent(
                                version,
                                v -> EventFrames.frameFor(event, viewer).map(writer::write))
                        .ifPresent(text -> connection.deliver(appointment, text));
            });
        }
    }

    void toWatchers(AppointmentId appointment, ServerFrame frame) {
        String text = writer.write(frame);
        for (Connection connection : rooms.members(appointment)) {
            connection.deliver(appointment, text);
        }
    }

    /** To everyone watching but {@code user}, on any of their connections. */
    void toWatchersBut(AppointmentId appointment, UserId user, ServerFrame frame) {
        String text = writer.write(frame);
        for (Connection connection : rooms.members(appointment)) {
            boolean isUser = connection.user().map(who -> who.id().equals(user)).orElse(true);
            if (!isUser) {
                connection.deliver(appointment, text);
            }
        }
    }
}
