package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.application.contract.RecordingListener;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Waits, with a bound, for a relay between two nodes to carry events again after it broke. */
final class Relay {

    /**
     * Long enough for a listener to reconnect after any outage the tests stage; reaching it is a
     * failure.
     */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final Duration PROBE_EVERY = Duration.ofMillis(100);

    private static final AtomicInteger PROBES = new AtomicInteger(1_000_000);

    private Relay() {}

    /**
     * Publishes probes on {@code from} until one reaches {@code to}. Probes published before the
     * listener is back are lost, as the relay promises at most once; the first that arrives shows
     * it is back.
     */
    static void awaitWorking(Node from, Node to, UserRef prober) throws InterruptedException {
        long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < giveUpAt) {
            SyncEvent probe = EventTestData.numbered(prober, PROBES.incrementAndGet());
            from.events().publish(probe);
            if (arrives(to.heard(), probe)) {
                return;
            }
        }
        throw new AssertionError("no event went from one node to the other within " + PATIENCE);
    }

    private static boolean arrives(RecordingListener heard, SyncEvent probe) throws InterruptedException {
        long giveUpAt = System.nanoTime() + PROBE_EVERY.toNanos();
        while (System.nanoTime() < giveUpAt) {
            if (heard.received().contains(probe)) {
                return true;
            }
            Thread.sleep(5);
        }
        return heard.received().contains(probe);
    }
}
