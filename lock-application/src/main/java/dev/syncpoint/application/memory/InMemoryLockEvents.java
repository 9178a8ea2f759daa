package dev.syncpoint.application.memory;

import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.domain.event.SyncEvent;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * {@link LockEvents} within one process: each event is handed to every listener on the publishing thread,
 * before {@link #publish} returns.
 */
public final class InMemoryLockEvents implements LockEvents {

    private static final System.Logger LOG = System.getLogger(InMemoryLockEvents.class.getName());

    private final List<Consumer<SyncEvent>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(SyncEvent event) {
        Objects.requireNonNull(event, "event");
        for (Consumer<SyncEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // One broken watcher must not keep the others from hearing about the change.
                LOG.log(
                        Level.WARNING,
                        "event listener failed on " + event.getClass().getSimpleName() + " for appointment "
                                + event.appointmentId(),
                        e);
            }
        }
    }

    @Override
    public Subscription subscribe(Consumer<SyncEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        // A wrapper per subscription, so subscribing one listener twice gives two separate subscriptions.
        Consumer<SyncEvent> entry = listener::accept;
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }
}
