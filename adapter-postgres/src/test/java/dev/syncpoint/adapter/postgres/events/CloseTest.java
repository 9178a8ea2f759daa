package dev.syncpoint.adapter.postgres.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.syncpoint.adapter.postgres.TestDatabase;
import dev.syncpoint.adapter.postgres.TestSchema;
import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closing a relay ends its thread and its connection, in bounded time, whatever its subscribers do.
 */
class CloseTest {

    /** A bound on a call that must not hang, far above what it needs; reaching it is a failure. */
    private static final Duration NO_HANG = Duration.ofSeconds(30);

    private final UserRef editor = ContractTestData.user("Alice");
    private TestSchema schema;
    private String channel;
    private PostgresLockEvents events;

    @BeforeEach
    void openRelay() {
        schema = TestDatabase.freshSchema();
        channel = EventChannel.forSchema(schema.database().settings().schema()).name();
        events = PostgresLockEvents.open(schema.database());
    }

    @AfterEach
    void dropSchema() {
        events.close();
        schema.close();
    }

    @Test
    void closingEndsTheListenerThreadAndItsBackend() throws Exception {
        assertThat(ListenerThreads.on(channel)).hasSize(1);
        assertThat(Listeners.pids(schema.database())).hasSize(1);

        assertTimeoutPreemptively(NO_HANG, events::close);

        assertThat(ListenerThreads.on(channel)).isEmpty();
        awaitNoListeningBackend();
    }

    @Test
    void closeReturnsEvenWhileASubscriberNeverDoes() throws Exception {
        CountDownLatch subscriberStuck = new CountDownLatch(1);
        CountDownLatch neverOpened = new CountDownLatch(1);
        events.subscribe(event -> awaitQuietly(subscriberStuck, neverOpened));
        try (Node other = Node.on(schema.database().settings())) {
            other.events().publish(EventTestData.numbered(editor, 1));
            subscriberStuck.await();

            assertTimeoutPreemptively(NO_HANG, events::close);

            neverOpened.countDown();
        }
    }

    @Test
    void aClosedRelayRefusesToPublishOrSubscribe() {
        SyncEvent event = EventTestData.numbered(editor, 1);

        events.close();

        assertThatThrownBy(() -> events.publish(event)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> events.subscribe(heard -> {})).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingTwiceIsHarmless() {
        events.close();

        assertThatCode(events::close).doesNotThrowAnyException();
    }

    private void awaitNoListeningBackend() throws InterruptedException {
        long giveUpAt = System.nanoTime() + NO_HANG.toNanos();
        while (!Listeners.pids(schema.database()).isEmpty() && System.nanoTime() < giveUpAt) {
            Thread.sleep(20);
        }
        assertThat(Listeners.pids(schema.database()))
                .as("backends listening after close")
                .isEmpty();
    }

    /** Tells the test it is stuck, then stays stuck until the test lets it go. */
    private static void awaitQuietly(CountDownLatch stuck, CountDownLatch release) {
        stuck.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
