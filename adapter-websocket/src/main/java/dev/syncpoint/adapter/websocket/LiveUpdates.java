package dev.syncpoint.adapter.websocket;

import dev.syncpoint.adapter.websocket.protocol.FrameWriter;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.event.SyncEvent.CursorMoved;
import dev.syncpoint.domain.event.SyncEvent.PresenceChanged;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live channel of DESIGN.md on one server node: the {@code /ws} endpoint, its subscriptions, presence
 * and cursors, and rule 10. It listens to the event port for every change, wherever it was made, and
 * speaks to other nodes only through that port.
 *
 * <pre>{@code
 * LiveUpdates live = LiveUpdates.create(syncPoint, ports.lockEvents(), LiveSettings.defaults(), Clock.systemUTC());
 * RestApi api = RestApi.create(syncPoint, restSettings, health, registry, live::register);
 * api.start(host, port);
 * ...
 * live.close();   // before stopping the server: other nodes learn that nobody watches here any more
 * api.stop();
 * }</pre>
 */
public final class LiveUpdates implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final String node;
    private final LiveSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService timers;
    private final ScheduledExecutorService presenceThread;
    private final Fanout fanout;
    private final Presence presence;
    private final PresenceAnnouncer announcer;
    private final CursorBoard cursorBoard;
    private final CursorThrottle cursorThrottle;
    private final AbandonedLocks abandoned;
    private final LiveEndpoint endpoint;
    private final Rooms rooms;
    private final LockEvents events;
    private volatile LockEvents.Subscription subscription;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LiveUpdates(SyncPoint syncPoint, LockEvents events, LiveSettings settings, Clock clock) {
        this.node = UUID.randomUUID().toString();
        this.settings = settings;
        this.clock = clock;
        this.timers = Executors.newScheduledThreadPool(2, daemonThreads("syncpoint-live-timer"));
        this.presenceThread = Executors.newSingleThreadScheduledExecutor(daemonThreads("syncpoint-live-presence"));

        FrameWriter writer = new FrameWriter();
        this.rooms = new Rooms();
        this.events = events;
        this.fanout = new Fanout(rooms, writer);
        this.cursorBoard = new CursorBoard(fanout, clock);
        this.presence = new Presence(rooms, fanout, cursorBoard, clock);
        this.announcer = new PresenceAnnouncer(node, rooms, presence, events, clock, settings, presenceThread);
        this.cursorThrottle = new CursorThrottle(settings.cursorInterval(), clock, timers);
        this.abandoned = new AbandonedLocks(syncPoint, presence, timers, settings.disconnectGrace());
        Subscriptions subscriptions = new Subscriptions(
                syncPoint, rooms, presence, announcer, abandoned, writer, settings.maxSubscriptions());
        this.endpoint = new LiveEndpoint(
                new Authenticator(syncPoint, clock),
                subscriptions,
                new CursorRelay(events, cursorThrottle, clock),
                writer,
                settings,
                clock,
                timers);
    }

    public static LiveUpdates create(SyncPoint syncPoint, LockEvents events, LiveSettings settings, Clock clock) {
        Objects.requireNonNull(syncPoint, "syncPoint");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");

        LiveUpdates live = new LiveUpdates(syncPoint, events, settings, clock);
        live.start();
        LOG.info("live channel ready on node {}", live.node);
        return live;
    }

    /** Adds {@code /ws} to the server this configuration builds. */
    public void register(JavalinConfig config) {
        config.routes.ws("/ws", endpoint::configure);
    }

    /** This node's identity in presence announcements, new each time a node starts. */
    public String nodeId() {
        return node;
    }

    /**
     * Tells the other nodes that nobody watches here any more, closes every connection with 1001 (the
     * clients reconnect, to another node if there is one) and stops the timers. Locks held by this node's
     * watchers are not released for the shutdown: they expire, or their holders come back in time.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("live channel on node {} stopping", node);

        Set<AppointmentId> watchedHere = rooms.watched();
        int open = endpoint.stop().size();
        presenceThread.shutdownNow();
        timers.shutdownNow();
        awaitStop(presenceThread);
        announcer.withdraw(watchedHere);
        subscription.close();
        awaitStop(timers);
        LOG.info("live channel on node {} stopped; {} connections closed", node, open);
    }

    private void start() {
        subscription = events.subscribe(this::onEvent);
        announcer.start();
        endpoint.startLivenessChecks();
        long sweep = Math.max(10, settings.cursorIdle().toMillis() / 4);
        timers.scheduleWithFixedDelay(
                Guarded.task(LOG, "cursor sweep", this::sweepCursors), sweep, sweep, TimeUnit.MILLISECONDS);
    }

    /**
     * Every event reaches here once, including this node's own, which the port delivers locally. This
     * node's presence is already known from its rooms, so only other nodes' announcements are kept.
     */
    private void onEvent(SyncEvent event) {
        if (closed.get()) {
            return;
        }
        if (event instanceof PresenceChanged announced) {
            if (!announced.node().equals(node)) {
                presence.heard(announced);
                announced.watchers().forEach(who -> abandoned.watcherBack(who.id(), announced.appointmentId()));
                presence.tellWatchers(announced.appointmentId());
            }
            return;
        }
        if (event instanceof CursorMoved move) {
            cursorBoard.moved(move);
            return;
        }
        fanout.event(event);
    }

    private void sweepCursors() {
        Instant cutoff = clock.instant().minus(settings.cursorIdle());
        cursorBoard.vanishIdleSince(cutoff);
        cursorThrottle.forgetBefore(cutoff);
    }

    private static void awaitStop(ScheduledExecutorService executor) {
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("live channel tasks still running after {}", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
