package dev.syncpoint.adapter.websocket;

import java.util.ArrayDeque;
import java.util.Queue;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames waiting for one connection, sent one at a time in the order they were offered. Any thread may
 * offer; nobody waits for the network. A connection that lets more than {@code limit} frames pile up is
 * too slow to follow the events: its queue is dropped and it is closed, so it reconnects and resubscribes
 * to the current state instead of silently missing changes.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final Session session;
    private final String connectionId;
    private final int limit;
    private final Queue<Outgoing> queue = new ArrayDeque<>();
    private boolean inFlight;
    private boolean pumping;
    private boolean closing;

    Outbox(Session session, String connectionId, int limit) {
        this.session = session;
        this.connectionId = connectionId;
        this.limit = limit;
    }

    /** Queues a text frame; answers false when the connection is closing or could not keep up. */
    boolean offer(String text) {
        boolean overflow;
        synchronized (this) {
            if (closing) {
                return false;
            }
            overflow = queue.size() >= limit;
            if (overflow) {
                queue.clear();
                queue.add(new Close(CloseCodes.TOO_SLOW, "too slow to follow the events; reconnect and resubscribe"));
                closing = true;
            } else {
                queue.add(new Text(text));
            }
        }

        if (overflow) {
            LOG.info("connection {} closed: more than {} frames waiting to be sent", connectionId, limit);
        }
        pump();
        return !overflow;
    }

    /** Closes the connection once the frames already offered are sent; later offers are dropped. */
    void closeAfterPending(int code, String reason) {
        synchronized (this) {
            if (closing) {
                return;
            }
            queue.add(new Close(code, reason));
            closing = true;
        }
        pump();
    }

    /** The connection has ended: nothing more will be sent. */
    synchronized void discard() {
        closing = true;
        queue.clear();
    }

    /**
     * Sends until the queue is empty or a send is still on its way. A send that completes at once calls
     * back on this thread, which the loop (not recursion) then continues.
     */
    private void pump() {
        synchronized (this) {
            if (pumping) {
                return;
            }
            pumping = true;
        }

        while (true) {
            Outgoing next;
            synchronized (this) {
                if (inFlight || queue.isEmpty()) {
                    pumping = false;
                    return;
                }
                next = queue.poll();
                inFlight = true;
            }
            next.sendOn(session, Callback.from(this::sent, this::failed));
        }
    }

    private void sent() {
        synchronized (this) {
            inFlight = false;
        }
        pump();
    }

    private void failed(Throwable cause) {
        synchronized (this) {
            inFlight = false;
            closing = true;
            queue.clear();
        }
        LOG.debug("connection {}: sending failed: {}", connectionId, cause.toString());
    }

    private sealed interface Outgoing {
        void sendOn(Session session, Callback callback);
    }

    private record Text(String text) implements Outgoing {
        public void sendOn(Session session, Callback callback) {
            session.sendText(text, callback);
        }
    }

    private record Close(int code, String reason) implements Outgoing {
        public void sendOn(Session session, Callback callback) {
            session.close(code, reason, callback);
        }
    }
}
