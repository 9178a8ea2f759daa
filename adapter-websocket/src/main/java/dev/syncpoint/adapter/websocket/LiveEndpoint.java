package dev.syncpoint.adapter.websocket;

import dev.syncpoint.adapter.websocket.protocol.ClientFrame;
import dev.syncpoint.adapter.websocket.protocol.ErrorCode;
import dev.syncpoint.adapter.websocket.protocol.FrameProblem;
import dev.syncpoint.adapter.websocket.protocol.FrameReader;
import dev.syncpoint.adapter.websocket.protocol.FrameWriter;
import dev.syncpoint.adapter.websocket.protocol.ReadResult;
import dev.syncpoint.adapter.websocket.protocol.ServerFrame;
import dev.syncpoint.application.port.out.StoreUnavailableException;
import dev.syncpoint.domain.user.User;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsErrorContext;
import io.javalin.websocket.WsMessageContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.websocket.api.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /ws} endpoint: Jetty's callbacks for each connection, from the upgrade to the close.
 * Incoming frames pass the rate limit, then the size limit, then the reader; only an authenticated
 * connection gets further. Nothing a client sends ends in an exception: it is answered with an
 * {@code error} frame, or for the few faults named in {@link CloseCodes}, with a close.
 */
final class LiveEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(LiveEndpoint.class);
    private static final String BEARER = "Bearer ";

    private final Authenticator authenticator;
    private final Subscriptions subscriptions;
    private final CursorRelay cursors;
    private final FrameReader reader = new FrameReader();
    private final FrameWriter writer;
    private final LiveSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService timers;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final AtomicBoolean stopping = new AtomicBoolean();

    LiveEndpoint(
            Authenticator authenticator,
            Subscriptions subscriptions,
            CursorRelay cursors,
            FrameWriter writer,
            LiveSettings settings,
            Clock clock,
            ScheduledExecutorService timers) {
        this.authenticator = authenticator;
        this.subscriptions = subscriptions;
        this.cursors = cursors;
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
        this.timers = timers;
    }

    void configure(WsConfig ws) {
        ws.onConnect(this::connected);
        ws.onMessage(this::received);
        ws.onBinaryMessage(ctx -> refuseBinary(ctx.sessionId()));
        ws.onClose(this::closed);
        ws.onError(this::failed);
    }

    void startLivenessChecks() {
        long every = settings.pingInterval().toMillis();
        timers.scheduleWithFixedDelay(
                Guarded.task(LOG, "liveness check", this::checkLiveness), every, every, TimeUnit.MILLISECONDS);
    }

    /** Closes every connection with 1001; closes that follow change no presence and start no grace. */
    Collection<Connection> stop() {
        stopping.set(true);
        // A copy: the map's live view empties as the closes complete, which would undercount them.
        Collection<Connection> open = List.copyOf(connections.values());
        open.forEach(connection -> connection.close(CloseCodes.GOING_AWAY, "server shutting down; reconnect"));
        return open;
    }

    private void connected(WsConnectContext ctx) {
        Instant now = clock.instant();
        // Jetty takes frames up to the transport limit, so a frame over our own limit gets a polite error
        // instead of a 1009 close; and the session lives on until our own liveness check ends it.
        ctx.session.setMaxTextMessageSize(LiveSettings.TRANSPORT_LIMIT_BYTES);
        ctx.session.setMaxFrameSize(LiveSettings.TRANSPORT_LIMIT_BYTES);
        ctx.session.setIdleTimeout(settings.idleTimeout().plus(settings.pingInterval()));
        Connection connection = new Connection(ctx.sessionId(), ctx.session, writer, settings, now);
        if (stopping.get()) {
            connection.close(CloseCodes.GOING_AWAY, "server shutting down; connect to another node");
            return;
        }
        connections.put(connection.id(), connection);
        LOG.debug("connection {} opened from {}", connection.id(), ctx.session.getRemoteSocketAddress());

        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            authenticate(connection, header.substring(BEARER.length()).strip());
            return;
        }
        scheduleAuthDeadline(connection);
    }

    private void received(WsMessageContext ctx) {
        Connection connection = connections.get(ctx.sessionId());
        if (connection == null) {
            return;
        }
        try {
            receive(connection, ctx.message());
        } catch (RuntimeException e) {
            LOG.warn("connection {}: handling a frame failed", connection.id(), e);
            connection.refuse(FrameProblem.of(ErrorCode.INTERNAL, "the server failed on this frame; try again"));
        }
    }

    private void receive(Connection connection, String text) {
        Instant now = clock.instant();
        connection.heard(now);

        if (!withinRate(connection, now)) {
            return;
        }
        if (exceeds(text, settings.maxFrameBytes())) {
            refuseLarge(connection);
            return;
        }
        ReadResult read = reader.read(text);
        if (!connection.isAuthenticated()) {
            beforeAuthentication(connection, read);
            return;
        }
        if (read instanceof ReadResult.Refused refused) {
            connection.refuse(refused.problem());
            return;
        }
        handleSafely(connection, ((ReadResult.Read) read).frame());
    }

    private void closed(WsCloseContext ctx) {
        Connection connection = connections.remove(ctx.sessionId());
        if (connection == null) {
            return;
        }
        Optional<User> user = connection.user();
        LOG.debug(
                "connection {} of user {} closed: {} {}",
                connection.id(),
                user.map(u -> u.id().toString()).orElse("(not authenticated)"),
                ctx.status(),
                ctx.reason());
        subscriptions.connectionEnded(connection, user, connection.ended(), stopping.get());
    }

    private void failed(WsErrorContext ctx) {
        LOG.debug("connection {} failed: {}", ctx.sessionId(), String.valueOf(ctx.error()));
    }

    private boolean withinRate(Connection connection, Instant now) {
        switch (connection.rateLimit().admit(now)) {
            case ACCEPT:
                return true;
            case DROP_AND_TELL:
                connection.refuse(FrameProblem.of(
                        ErrorCode.RATE_LIMITED,
                        "more than " + settings.ratePerSecond() + " frames a second; frames are being dropped"));
                return false;
            case FLOODING:
                LOG.info(
                        "connection {} of user {} closed for flooding",
                        connection.id(),
                        connection.user().map(user -> user.id().toString()).orElse("(not authenticated)"));
                connection.close(CloseCodes.FLOODING, "too many frames; slow down");
                return false;
            default:
                return false;
        }
    }

    private void beforeAuthentication(Connection connection, ReadResult read) {
        if (read instanceof ReadResult.Read frame && frame.frame() instanceof ClientFrame.Auth auth) {
            authenticate(connection, auth.token());
            return;
        }

        FrameProblem problem = read instanceof ReadResult.Refused refused
                ? refused.problem()
                : FrameProblem.of(
                        ErrorCode.UNAUTHENTICATED,
                        "authenticate first: the first frame is {\"type\":\"auth\",\"token\":\"<your token>\"}");
        connection.refuse(problem);
        connection.close(CloseCodes.UNAUTHENTICATED, "the first frame must be a valid auth frame");
        LOG.debug("connection {} closed: a frame before authentication", connection.id());
    }

    private void authenticate(Connection connection, String token) {
        Optional<User> user;
        try {
            user = authenticator.userOf(token);
        } catch (StoreUnavailableException e) {
            LOG.warn("connection {}: a frame met a store outage: {}", connection.id(), e.getMessage());
            connection.refuse(FrameProblem.of(ErrorCode.UNAVAILABLE, "the store cannot be reached; try again"));
            connection.close(CloseCodes.TOO_SLOW, "store unavailable; try again later");
            return;
        } catch (RuntimeException e) {
            LOG.warn("connection {}: checking its token failed", connection.id(), e);
            connection.close(CloseCodes.SERVER_ERROR, "the server failed to check the token; try again");
            return;
        }

        if (user.isEmpty()) {
            LOG.info("connection {} closed: invalid or expired token", connection.id());
            connection.close(CloseCodes.UNAUTHENTICATED, "invalid or expired token; sign in again");
            return;
        }
        if (!connection.authenticated(user.get())) {
            return;
        }
        LOG.debug(
                "connection {} authenticated as user {}",
                connection.id(),
                user.get().id());
        connection.send(authenticator.greeting(user.get()));
    }

    private void scheduleAuthDeadline(Connection connection) {
        try {
            connection.authDeadline(timers.schedule(
                    () -> authDeadlinePassed(connection), settings.authTimeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException stopped) {
            connection.close(CloseCodes.GOING_AWAY, "server shutting down");
        }
    }

    private void authDeadlinePassed(Connection connection) {
        if (connection.authTimedOut()) {
            LOG.info("connection {} closed: no auth frame within {}", connection.id(), settings.authTimeout());
            connection.close(
                    CloseCodes.AUTH_TIMEOUT, "no auth frame within " + seconds(settings.authTimeout()) + "; reconnect");
        }
    }

    private void handleSafely(Connection connection, ClientFrame frame) {
        try {
            handle(connection, connection.user().orElseThrow(), frame);
        } catch (StoreUnavailableException e) {
            LOG.warn("connection {}: a frame met a store outage: {}", connection.id(), e.getMessage());
            connection.refuse(FrameProblem.of(ErrorCode.UNAVAILABLE, "the store cannot be reached; try again"));
        }
    }

    private void handle(Connection connection, User user, ClientFrame frame) {
        if (frame instanceof ClientFrame.Subscribe subscribe) {
            subscriptions.subscribe(connection, user, subscribe.appointmentId(), subscribe.shown());
        } else if (frame instanceof ClientFrame.Unsubscribe unsubscribe) {
            subscriptions.unsubscribe(connection, unsubscribe.appointmentId());
        } else if (frame instanceof ClientFrame.CursorPosition position) {
            cursors.move(connection, user, position);
        } else if (frame instanceof ClientFrame.Ping) {
            connection.send(new ServerFrame.Pong(clock.instant()));
        } else {
            connection.refuse(FrameProblem.of(
                    ErrorCode.ALREADY_AUTHENTICATED, "this connection is already authenticated as " + user.email()));
        }
    }

    private void refuseLarge(Connection connection) {
        FrameProblem problem = FrameProblem.of(
                ErrorCode.FRAME_TOO_LARGE,
                "frames are at most " + settings.maxFrameBytes() + " bytes; this one was ignored");
        connection.refuse(problem);
        if (!connection.isAuthenticated()) {
            connection.close(CloseCodes.UNAUTHENTICATED, "the first frame must be a valid auth frame");
        }
    }

    private void refuseBinary(String connectionId) {
        Connection connection = connections.get(connectionId);
        if (connection != null) {
            connection.heard(clock.instant());
            connection.refuse(FrameProblem.of(ErrorCode.BAD_REQUEST, "frames are JSON text, not binary"));
        }
    }

    /** Pings everyone, so proxies keep quiet connections open, and closes those silent for too long. */
    private void checkLiveness() {
        Instant cutoff = clock.instant().minus(settings.idleTimeout());
        for (Connection connection : connections.values()) {
            if (!connection.lastHeard().isBefore(cutoff)) {
                connection.session().sendPing(ByteBuffer.allocate(0), Callback.NOOP);
            } else if (connection.askToClose()) {
                LOG.info("connection {} closed: nothing heard for {}", connection.id(), settings.idleTimeout());
                connection.close(CloseCodes.IDLE, "nothing heard for " + seconds(settings.idleTimeout()));
            } else {
                // A dead peer never answers the close either; drop the socket so its watchers are freed.
                connection.session().disconnect();
            }
        }
    }

    private static boolean exceeds(String text, int maxBytes) {
        if (text.length() > maxBytes) {
            return true;
        }
        if ((long) text.length() * 3 <= maxBytes) {
            return false;
        }
        return text.getBytes(StandardCharsets.UTF_8).length > maxBytes;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
