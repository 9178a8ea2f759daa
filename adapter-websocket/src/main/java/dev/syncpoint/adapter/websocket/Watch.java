package dev.syncpoint.adapter.websocket;

import java.util.ArrayList;
import java.util.List;

/**
 * One connection's subscription to one appointment. While it is being set up, events about the
 * appointment are held back, so the {@code subscribed} answer with the current state always comes first
 * and no event that happened while the state was read is lost.
 */
final class Watch {

    private final Outbox outbox;
    private List<String> held = new ArrayList<>();
    private boolean closed;
    private volatile boolean shown = true;

    Watch(Outbox outbox) {
        this.outbox = outbox;
    }

    synchronized void deliver(String frame) {
        if (closed) {
            return;
        }
        if (held == null) {
            outbox.offer(frame);
        } else {
            held.add(frame);
        }
    }

    /** Sends the answer, then whatever arrived while it was prepared; from now on frames go straight out. */
    synchronized void open(String answer) {
        if (closed) {
            return;
        }
        outbox.offer(answer);
        if (held != null) {
            held.forEach(outbox::offer);
            held = null;
        }
    }

    /** Whether the subscriber counts as viewing the appointment; a new {@code subscribe} may change it. */
    void show(boolean viewing) {
        shown = viewing;
    }

    boolean isShown() {
        return shown;
    }

    synchronized boolean isOpen() {
        return held == null && !closed;
    }

    /**
     * Ends the subscription: frames still on their way from other threads are dropped from now on, so
     * nothing about the appointment follows an {@code unsubscribed} sent after this.
     */
    synchronized void close() {
        closed = true;
        held = null;
    }
}
