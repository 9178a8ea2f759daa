package dev.syncpoint.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.domain.event.SyncEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A listener that keeps what it is given. The waits poll with a bounded patience, so adapters that deliver
 * on other threads, or through a database, pass as well as those that deliver at once.
 */
public final class RecordingListener implements Consumer<SyncEvent> {

    /** Long enough for any relay to deliver; reaching it means the event was lost. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final Duration POLL = Duration.ofMillis(5);

    private final List<SyncEvent> received = new ArrayList<>();

    @Override
    public synchronized void accept(SyncEvent event) {
        received.add(event);
        notifyAll();
    }

    public synchronized List<SyncEvent> received() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} events arrived, and answers all that did. */
    public synchronized List<SyncEvent> awaitAtLeast(int count) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            waitBriefly();
        }
        assertThat(received).as("events received within %s", PATIENCE).hasSizeGreaterThanOrEqualTo(count);
        return List.copyOf(received);
    }

    /** Waits until {@code event} arrived. */
    public synchronized void awaitEvent(SyncEvent event) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!received.contains(event) && System.nanoTime() < deadline) {
            waitBriefly();
        }
        assertThat(received).as("events received within %s", PATIENCE).contains(event);
    }

    private void waitBriefly() {
        try {
            wait(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for events", e);
        }
    }
}
