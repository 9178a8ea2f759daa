package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.adapter.postgres.TestDatabase;
import dev.syncpoint.adapter.postgres.TestSchema;
import dev.syncpoint.application.contract.LockEventsContract;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.domain.event.SyncEvent;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The events contract across two nodes: every event is published on one node and heard by
 * subscribers on the other, so each promise of the contract (every subscriber, publishing order,
 * closed subscriptions, throwing listeners, many publishing threads) is kept through PostgreSQL and
 * not only within a process.
 */
class CrossNodeLockEventsContractTest extends LockEventsContract {

    private static TestSchema schema;

    private Node publishing;
    private Node subscribed;

    @BeforeAll
    static void createSchema() {
        schema = TestDatabase.freshSchema();
    }

    @AfterAll
    static void dropSchema() {
        schema.close();
    }

    @Override
    protected LockEvents openLockEvents() {
        publishing = Node.on(schema.database().settings());
        subscribed = Node.on(schema.database().settings());
        return new PublishHereHearThere(publishing.events(), subscribed.events());
    }

    @AfterEach
    void closeTheNodes() {
        publishing.close();
        subscribed.close();
    }

    /** Publishes on one node and subscribes on another. */
    private record PublishHereHearThere(LockEvents here, LockEvents there) implements LockEvents {

        @Override
        public void publish(SyncEvent event) {
            here.publish(event);
        }

        @Override
        public Subscription subscribe(Consumer<SyncEvent> listener) {
            return there.subscribe(listener);
        }
    }
}
