package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.adapter.postgres.PostgresDatabase;
import dev.syncpoint.adapter.postgres.PostgresSettings;
import dev.syncpoint.adapter.postgres.StoreUnavailableException;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.domain.event.SyncEvent;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LockEvents} shared by every node on one PostgreSQL database through {@code LISTEN/NOTIFY},
 * so a watcher on one node hears about a change made on another.
 *
 * <p>How an event travels:
 * <ol>
 *   <li>{@link #publish} hands the event to this node's subscribers at once, on the publishing
 *       thread, and then sends it to the channel as a notice tagged with this node's id
 *       ({@link NoticeSender}).
 *   <li>Each node's listener thread hears every notice on the channel, drops those tagged with its
 *       own id (its subscribers already have them), and hands the others to its subscribers, in the
 *       order the notices were committed ({@link NotificationListener}).
 * </ol>
 *
 * <p>So a subscriber gets each event once, and the events of one publisher in the order it
 * published them. This node's subscribers hear its own events even while the database is away; the
 * other nodes miss the events published while it is away, or while their listener reconnects (at
 * most once, never twice).
 *
 * <p>Notices stay under PostgreSQL's 8000-byte limit: an event too large to fit, an appointment
 * with a long description, goes into the {@code large_events} table and its notice names the row.
 * The channel is named after the schema ({@link EventChannel}). The wire shape of each event is
 * versioned ({@link EventCodec}).
 *
 * <p>Publishing never fails the caller when the database cannot be reached: the change it reports
 * is already stored, so the failure is logged and only the other nodes miss the event. Close it to
 * stop the listener thread and its connection; afterwards publish and subscribe refuse.
 */
public final class PostgresLockEvents implements LockEvents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresLockEvents.class);

    /** How long {@link #close} waits for the listener before cutting its connection. */
    private static final Duration STOP_PATIENCE = NotificationListener.WAIT.multipliedBy(4);

    private final UUID node;
    private final EventChannel channel;
    private final EventCodec codec;
    private final NoticeSender sender;
    private final Subscribers subscribers;
    private final NotificationListener listener;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PostgresLockEvents(
            UUID node,
            EventChannel channel,
            EventCodec codec,
            NoticeSender sender,
            Subscribers subscribers,
            NotificationListener listener) {
        this.node = node;
        this.channel = channel;
        this.codec = codec;
        this.sender = sender;
        this.subscribers = subscribers;
        this.listener = listener;
    }

    /**
     * Starts listening on the channel of {@code database}'s schema, publishing through its pool,
     * and answers once the listener is in place, so that every event published after this returns
     * is heard.
     *
     * @throws StoreUnavailableException when it cannot listen within the connection timeout
     */
    public static PostgresLockEvents open(PostgresDatabase database) {
        PostgresSettings settings = database.settings();
        EventChannel channel = EventChannel.forSchema(settings.schema());
        UUID node = UUID.randomUUID();
        EventCodec codec = new EventCodec();
        Subscribers subscribers = new Subscribers();

        NotificationListener listener = NotificationListener.start(
                () -> ListeningConnection.open(settings, channel),
                new IncomingNotices(node, codec),
                subscribers::deliver,
                channel.name());
        awaitListening(listener, settings, channel);

        LOG.info("events of node {} relayed through PostgreSQL at {}", node, settings.redactedUrl());
        NoticeSender sender = new NoticeSender(database.jdbi(), channel);
        return new PostgresLockEvents(node, channel, codec, sender, subscribers, listener);
    }

    @Override
    public void publish(SyncEvent event) {
        Objects.requireNonNull(event, "event");
        requireOpen();

        subscribers.deliver(event);

        try {
            sender.send(node, codec.encode(event));
        } catch (RuntimeException e) {
            LOG.warn(
                    "other nodes miss {} for appointment {}: cannot notify channel {}: {}",
                    event.getClass().getSimpleName(),
                    event.appointmentId(),
                    channel.name(),
                    rootCause(e));
        }
    }

    @Override
    public Subscription subscribe(Consumer<SyncEvent> listener) {
        requireOpen();
        return subscribers.add(listener);
    }

    /** Stops the listener thread and closes its connection; waits a bounded time. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            stop(listener);
        }
    }

    /** The innermost cause says what went wrong; the wrappers around it only say where. */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the PostgreSQL event relay on " + channel.name() + " is closed");
        }
    }

    /** Answers once the listener is in place; stops it and fails when it is not in time. */
    private static void awaitListening(NotificationListener listener, PostgresSettings settings, EventChannel channel) {
        boolean listening;
        try {
            listening = listener.awaitListening(settings.connectionTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listening = false;
        }
        if (listening) {
            return;
        }

        stop(listener);
        throw new StoreUnavailableException(
                "cannot listen on channel " + channel.name() + " at " + settings.redactedUrl(), null);
    }

    /** Stops the listener; an interrupted wait for it still leaves it told to stop, so it ends. */
    private static void stop(NotificationListener listener) {
        try {
            listener.stop(STOP_PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
