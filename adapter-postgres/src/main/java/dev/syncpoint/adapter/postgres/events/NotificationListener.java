package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.domain.event.SyncEvent;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one daemon thread of a node that hears other nodes' events and hands them on.
 *
 * <p>The thread keeps one {@link ListeningConnection}, waiting on it at most {@link #WAIT} at a
 * time so that it notices {@link #stop} quickly. When the connection fails (the server restarted,
 * an admin ended the backend, the network went away) it connects and listens again by itself,
 * waiting a little longer after each failed attempt, up to {@link #LONGEST_PAUSE}. Notices sent
 * while no connection listened are lost: delivery is at most once. A quiet connection is checked
 * every {@link #CHECK_QUIET_AFTER}, since a server that vanished without closing it would otherwise
 * never be noticed.
 */
final class NotificationListener {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationListener.class);

    static final Duration WAIT = Duration.ofMillis(250);

    private static final Duration CHECK_QUIET_AFTER = Duration.ofSeconds(10);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    /** Opens the listening connection; called again after every failure. */
    interface Connector {
        ListeningConnection connect() throws SQLException;
    }

    private final Connector connector;
    private final IncomingNotices incoming;
    private final Consumer<SyncEvent> deliver;
    private final String channel;
    private final CountDownLatch listening = new CountDownLatch(1);
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Thread thread;
    private volatile ListeningConnection current;

    private NotificationListener(
            Connector connector, IncomingNotices incoming, Consumer<SyncEvent> deliver, String channel) {
        this.connector = connector;
        this.incoming = incoming;
        this.deliver = deliver;
        this.channel = channel;
        this.thread = new Thread(this::run, "syncpoint-events-" + channel);
        thread.setDaemon(true);
    }

    static NotificationListener start(
            Connector connector, IncomingNotices incoming, Consumer<SyncEvent> deliver, String channel) {
        NotificationListener listener = new NotificationListener(connector, incoming, deliver, channel);
        listener.thread.start();
        return listener;
    }

    /** Waits until the first {@code LISTEN} is in place; false if that took too long. */
    boolean awaitListening(Duration patience) throws InterruptedException {
        return listening.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the thread and closes its connection. Waits at most about twice {@code patience}: a
     * thread still busy after the first has its connection cut, and one busy after that (a
     * subscriber that never returns) is left to end on its own: once stopped it hands on nothing.
     */
    void stop(Duration patience) throws InterruptedException {
        stopping.countDown();
        thread.join(patience.toMillis());
        if (!thread.isAlive()) {
            return;
        }

        ListeningConnection connection = current;
        if (connection != null) {
            connection.abort();
        }
        thread.join(patience.toMillis());
        if (thread.isAlive()) {
            LOG.warn("event listener on channel {} did not stop within {}; left to end by itself", channel, patience);
        }
    }

    private boolean stopped() {
        return stopping.getCount() == 0;
    }

    private void run() {
        Duration pause = FIRST_PAUSE;
        Exception lost = null;
        while (!stopped()) {
            try (ListeningConnection connection = connector.connect()) {
                current = connection;
                announce(connection, lost);
                lost = null;
                pause = FIRST_PAUSE;
                relayUntilStopped(connection);
            } catch (SQLException | RuntimeException e) {
                if (stopped()) {
                    break;
                }
                noteFailure(e, lost, pause);
                lost = e;
                pause = waitBeforeRetry(pause);
            } finally {
                current = null;
            }
        }
        LOG.info("event listener on channel {} stopped", channel);
    }

    private void announce(ListeningConnection connection, Exception lost) {
        if (lost == null) {
            LOG.info("event listener on channel {} started (backend pid {})", channel, connection.backendPid());
        } else {
            LOG.info(
                    "event listener on channel {} reconnected (backend pid {}) after: {}",
                    channel,
                    connection.backendPid(),
                    describe(lost));
        }
        listening.countDown();
    }

    private void relayUntilStopped(ListeningConnection connection) throws SQLException {
        long lastHeard = System.nanoTime();
        while (!stopped()) {
            boolean heard = false;
            for (String notice : connection.await(WAIT)) {
                heard = true;
                if (!stopped()) {
                    incoming.read(notice, connection).ifPresent(deliver);
                }
            }

            if (heard) {
                lastHeard = System.nanoTime();
            } else if (System.nanoTime() - lastHeard > CHECK_QUIET_AFTER.toNanos()) {
                connection.ping();
                lastHeard = System.nanoTime();
            }
        }
    }

    /** Warns once per outage; the attempts after the first are only worth a debug line each. */
    private void noteFailure(Exception failure, Exception lost, Duration pause) {
        boolean everListened = listening.getCount() == 0;
        if (lost == null && everListened) {
            LOG.warn("event listener on channel {} lost its connection, reconnecting: {}", channel, describe(failure));
        } else if (lost == null) {
            LOG.warn("event listener on channel {} cannot listen yet, retrying: {}", channel, describe(failure));
        } else {
            LOG.debug("event listener on channel {} still cannot listen, next try in {}", channel, pause, failure);
        }
    }

    /** Sleeps until the next attempt, or until stopped; answers the pause to use after that one. */
    private Duration waitBeforeRetry(Duration pause) {
        try {
            stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // Nobody else interrupts this thread; treat it as a request to stop.
            stopping.countDown();
            Thread.currentThread().interrupt();
        }
        Duration longer = pause.multipliedBy(2);
        return longer.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : longer;
    }

    private static String describe(Exception failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
