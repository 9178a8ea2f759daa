package dev.syncpoint.adapter.websocket;

import dev.syncpoint.adapter.websocket.protocol.FrameProblem;
import dev.syncpoint.adapter.websocket.protocol.FrameWriter;
import dev.syncpoint.adapter.websocket.protocol.ServerFrame;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.User;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One client's WebSocket: who it is once authenticated, which appointments it watches, and the queue of
 * frames on their way to it. Jetty hands it one incoming frame at a time; events reach it from any thread.
 */
final class Connection {

    private enum Stage {
        AWAITING_AUTH,
        AUTHENTICATED,
        ENDED
    }

    private final String id;
    private final Session session;
    private final Outbox outbox;
    private final FrameWriter writer;
    private final RateLimit rateLimit;
    private final Map<AppointmentId, Watch> watches = new ConcurrentHashMap<>();
    private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.AWAITING_AUTH);
    private volatile User user;
    private volatile Instant lastHeard;
    private volatile ScheduledFuture<?> authDeadline;
    private final AtomicBoolean askedToClose = new AtomicBoolean();

    Connection(String id, Session session, FrameWriter writer, LiveSettings settings, Instant now) {
        this.id = id;
        this.session = session;
        this.writer = writer;
        this.outbox = new Outbox(session, id, settings.sendQueueLimit());
        this.rateLimit = new RateLimit(settings, now);
        this.lastHeard = now;
    }

    String id() {
        return id;
    }

    Session session() {
        return session;
    }

    RateLimit rateLimit() {
        return rateLimit;
    }

    /** Empty until the connection has authenticated. */
    Optional<User> user() {
        return Optional.ofNullable(user);
    }

    /** Answers false when the connection timed out or ended while the token was being checked. */
    boolean authenticated(User who) {
        user = who;
        boolean won = stage.compareAndSet(Stage.AWAITING_AUTH, Stage.AUTHENTICATED);
        ScheduledFuture<?> deadline = authDeadline;
        if (won && deadline != null) {
            deadline.cancel(false);
        }
        return won;
    }

    /** The authentication timeout fired: answers true when the connection is still waiting for it. */
    boolean authTimedOut() {
        return stage.compareAndSet(Stage.AWAITING_AUTH, Stage.ENDED);
    }

    boolean hasEnded() {
        return stage.get() == Stage.ENDED;
    }

    boolean isAuthenticated() {
        return stage.get() == Stage.AUTHENTICATED;
    }

    void authDeadline(ScheduledFuture<?> deadline) {
        this.authDeadline = deadline;
    }

    /** Answers true the first time only, so a connection that ignores its close can then be dropped. */
    boolean askToClose() {
        return askedToClose.compareAndSet(false, true);
    }

    void heard(Instant now) {
        lastHeard = now;
    }

    Instant lastHeard() {
        return lastHeard;
    }

    void send(ServerFrame frame) {
        outbox.offer(writer.write(frame));
    }

    void refuse(FrameProblem problem) {
        send(ServerFrame.Error.of(problem));
    }

    void close(int code, String reason) {
        outbox.closeAfterPending(code, reason);
    }

    /** The socket is gone; answers the appointments it watched, now forgotten. */
    Set<AppointmentId> ended() {
        stage.set(Stage.ENDED);
        ScheduledFuture<?> deadline = authDeadline;
        if (deadline != null) {
            deadline.cancel(false);
        }
        outbox.discard();
        Set<AppointmentId> watched = Set.copyOf(watches.keySet());
        watched.forEach(this::stopWatching);
        return watched;
    }

    /** The watch on the appointment, new and holding events back, or the one already there. */
    Watch startWatching(AppointmentId appointment) {
        return watches.computeIfAbsent(appointment, a -> new Watch(outbox));
    }

    boolean stopWatching(AppointmentId appointment) {
        Watch watch = watches.remove(appointment);
        if (watch == null) {
            return false;
        }
        watch.close();
        return true;
    }

    boolean watches(AppointmentId appointment) {
        return watches.containsKey(appointment);
    }

    /** Whether the {@code subscribed} answer has gone out, so cursors from here may be relayed. */
    boolean watchesOpenly(AppointmentId appointment) {
        Watch watch = watches.get(appointment);
        return watch != null && watch.isOpen();
    }

    /** Whether it watches the appointment as a viewer, rather than only for its events. */
    boolean views(AppointmentId appointment) {
        Watch watch = watches.get(appointment);
        return watch != null && watch.isShown();
    }

    int watchCount() {
        return watches.size();
    }

    /** Hands a frame about the appointment to this connection, if it still watches it. */
    void deliver(AppointmentId appointment, String frame) {
        Watch watch = watches.get(appointment);
        if (watch != null) {
            watch.deliver(frame);
        }
    }

    @Override
    public String toString() {
        return "Connection[" + id + "]";
    }
}
