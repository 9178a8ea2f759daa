package dev.syncpoint.adapter.websocket;

import dev.syncpoint.adapter.websocket.protocol.ErrorCode;
import dev.syncpoint.adapter.websocket.protocol.FrameProblem;
import dev.syncpoint.adapter.websocket.protocol.FrameWriter;
import dev.syncpoint.adapter.websocket.protocol.LockView;
import dev.syncpoint.adapter.websocket.protocol.PersonView;
import dev.syncpoint.adapter.websocket.protocol.ServerFrame;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.port.out.StoreUnavailableException;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.LockStatus;
import dev.syncpoint.domain.user.User;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who watches what: {@code subscribe} and {@code unsubscribe}, and what a closed connection leaves
 * behind. A subscriber joins its room before the current state is read, and events arriving meanwhile
 * wait in its {@link Watch}, so the answer comes first and nothing between the read and the answer is lost.
 */
final class Subscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);

    private final SyncPoint syncPoint;
    private final Rooms rooms;
    private final Presence presence;
    private final PresenceAnnouncer announcer;
    private final AbandonedLocks abandoned;
    private final FrameWriter writer;
    private final int maxSubscriptions;

    Subscriptions(
            SyncPoint syncPoint,
            Rooms rooms,
            Presence presence,
            PresenceAnnouncer announcer,
            AbandonedLocks abandoned,
            FrameWriter writer,
            int maxSubscriptions) {
        this.syncPoint = syncPoint;
        this.rooms = rooms;
        this.presence = presence;
        this.announcer = announcer;
        this.abandoned = abandoned;
        this.writer = writer;
        this.maxSubscriptions = maxSubscriptions;
    }

    /** @param shown whether the subscriber counts as viewing: in presence, and watching for rule 10 */
    void subscribe(Connection connection, User user, AppointmentId appointment, boolean shown) {
        if (!connection.watches(appointment) && connection.watchCount() >= maxSubscriptions) {
            connection.refuse(FrameProblem.about(
                    appointment,
                    ErrorCode.TOO_MANY_SUBSCRIPTIONS,
                    "a connection watches at most " + maxSubscriptions + " appointments; unsubscribe from one"));
            return;
        }

        Watch watch = connection.startWatching(appointment);
        watch.show(shown);
        rooms.join(appointment, connection);
        if (connection.hasEnded()) {
            // The socket closed while this frame was handled; its close may have missed this room.
            rooms.leave(appointment, connection);
            return;
        }
        Optional<LockStatus> status = currentState(connection, appointment);
        if (status.isEmpty()) {
            leave(connection, appointment);
            return;
        }

        if (shown) {
            abandoned.watcherBack(user.id(), appointment);
        }
        watch.open(writer.write(answer(status.get(), user)));
        announcer.changed(appointment);
        LOG.debug("user {} watches appointment {} on connection {}", user.id(), appointment, connection.id());
    }

    void unsubscribe(Connection connection, AppointmentId appointment) {
        leave(connection, appointment);
        connection.send(new ServerFrame.Unsubscribed(appointment.value()));
    }

    /** The connection has ended; answers nothing, since there is nobody left to tell. */
    void connectionEnded(Connection connection, Optional<User> user, Set<AppointmentId> watched, boolean stopping) {
        for (AppointmentId appointment : watched) {
            rooms.leave(appointment, connection);
            if (!stopping) {
                announcer.changed(appointment);
            }
        }
        if (stopping || user.isEmpty()) {
            return;
        }
        for (AppointmentId appointment : watched) {
            try {
                abandoned.watcherLeft(user.get(), appointment);
            } catch (StoreUnavailableException e) {
                LOG.warn(
                        "cannot check whether user {} left the lock of appointment {} behind: {}",
                        user.get().id(),
                        appointment,
                        e.getMessage());
            }
        }
    }

    private Optional<LockStatus> currentState(Connection connection, AppointmentId appointment) {
        try {
            Optional<LockStatus> status = syncPoint.lockStatus().status(appointment);
            if (status.isEmpty()) {
                connection.refuse(FrameProblem.about(
                        appointment, ErrorCode.NOT_FOUND, "no appointment has the id " + appointment));
            }
            return status;
        } catch (StoreUnavailableException e) {
            LOG.warn("connection {} cannot subscribe to {}: {}", connection.id(), appointment, e.getMessage());
            connection.refuse(FrameProblem.about(
                    appointment, ErrorCode.UNAVAILABLE, "the store cannot be reached; subscribe again shortly"));
            return Optional.empty();
        }
    }

    private void leave(Connection connection, AppointmentId appointment) {
        if (connection.stopWatching(appointment)) {
            rooms.leave(appointment, connection);
            announcer.changed(appointment);
        }
    }

    private ServerFrame.Subscribed answer(LockStatus status, User user) {
        AppointmentId appointment = status.appointmentId();
        return new ServerFrame.Subscribed(
                appointment.value(),
                status.lock().map(lock -> LockView.of(lock, user.id())).orElse(null),
                presence.watchers(appointment).stream().map(PersonView::of).toList(),
                status.serverNow());
    }
}
