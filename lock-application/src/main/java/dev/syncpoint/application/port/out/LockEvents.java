package dev.syncpoint.application.port.out;

import dev.syncpoint.domain.event.SyncEvent;
import java.util.function.Consumer;

/**
 * Carries events to everyone watching, on this node and, for adapters that can, on other nodes sharing the
 * store. Delivery is at most once per subscriber and in publishing order per publisher. A listener that
 * throws does not stop delivery to the others.
 */
public interface LockEvents {

    void publish(SyncEvent event);

    Subscription subscribe(Consumer<SyncEvent> listener);

    /** Stops delivery to one listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
