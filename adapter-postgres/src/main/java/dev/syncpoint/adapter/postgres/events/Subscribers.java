package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.application.port.out.LockEvents.Subscription;
import dev.syncpoint.domain.event.SyncEvent;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A node's listeners: each gets every event on the calling thread, and fails on its own. */
final class Subscribers {

    private static final Logger LOG = LoggerFactory.getLogger(Subscribers.class);

    private final List<Consumer<SyncEvent>> listeners = new CopyOnWriteArrayList<>();

    Subscription add(Consumer<SyncEvent> listener) {
        Objects.requireNonNull(listener, "listener");

        // A wrapper per subscription, so one listener subscribed twice is two subscriptions.
        Consumer<SyncEvent> entry = listener::accept;
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    void deliver(SyncEvent event) {
        for (Consumer<SyncEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // One broken watcher must not keep the others from hearing about the change.
                LOG.warn(
                        "event listener failed on {} for appointment {}",
                        event.getClass().getSimpleName(),
                        event.appointmentId(),
                        e);
            }
        }
    }
}
