package dev.syncpoint.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.event.SyncEvent.AppointmentDeleted;
import dev.syncpoint.domain.user.UserRef;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code LockEvents} must do on one node: deliver each event to every subscriber, in publishing
 * order, stop when a subscription is closed, and keep delivering when a listener throws. Delivery may
 * happen on another thread; the waits allow for it.
 */
public abstract class LockEventsContract {

    private final UserRef editor = ContractTestData.user("Alice");

    private LockEvents events;

    /** Called before each test; answers a bus nobody has subscribed to yet. */
    protected abstract LockEvents openLockEvents();

    @BeforeEach
    final void openTheBus() {
        events = openLockEvents();
    }

    @Test
    void everySubscriberReceivesAPublishedEvent() {
        RecordingListener first = new RecordingListener();
        RecordingListener second = new RecordingListener();
        events.subscribe(first);
        events.subscribe(second);
        SyncEvent event = anEvent(1);

        events.publish(event);

        first.awaitEvent(event);
        second.awaitEvent(event);
    }

    @Test
    void eventsArriveInTheOrderTheyWerePublished() {
        RecordingListener listener = new RecordingListener();
        events.subscribe(listener);
        List<SyncEvent> published =
                IntStream.rangeClosed(1, 50).mapToObj(this::anEvent).toList();

        published.forEach(events::publish);

        assertThat(listener.awaitAtLeast(published.size())).containsExactlyElementsOf(published);
    }

    @Test
    void aClosedSubscriptionReceivesNothingMore() {
        RecordingListener leaving = new RecordingListener();
        RecordingListener staying = new RecordingListener();
        LockEvents.Subscription subscription = events.subscribe(leaving);
        events.subscribe(staying);
        SyncEvent before = anEvent(1);
        events.publish(before);
        leaving.awaitEvent(before);

        subscription.close();
        SyncEvent after = anEvent(2);
        events.publish(after);
        SyncEvent marker = anEvent(3);
        events.publish(marker);

        // Once the staying listener has the marker, anything meant for the closed one would have come too.
        staying.awaitEvent(marker);
        assertThat(leaving.received()).containsExactly(before);
    }

    @Test
    void aListenerThatThrowsDoesNotStopDeliveryToTheOthersOrFailThePublisher() {
        RecordingListener before = new RecordingListener();
        RecordingListener after = new RecordingListener();
        events.subscribe(before);
        events.subscribe(event -> {
            throw new IllegalStateException("a broken listener");
        });
        events.subscribe(after);
        SyncEvent first = anEvent(1);
        SyncEvent second = anEvent(2);

        assertThatCode(() -> {
                    events.publish(first);
                    events.publish(second);
                })
                .doesNotThrowAnyException();

        before.awaitEvent(second);
        after.awaitEvent(second);
        assertThat(after.received()).containsExactly(first, second);
    }

    @Test
    void eventsPublishedFromManyThreadsAllArrive() {
        RecordingListener listener = new RecordingListener();
        events.subscribe(listener);

        List<SyncEvent> published = Simultaneously.run(8, i -> {
            SyncEvent event = anEvent(i);
            events.publish(event);
            return event;
        });

        assertThat(listener.awaitAtLeast(published.size())).containsExactlyInAnyOrderElementsOf(published);
    }

    private SyncEvent anEvent(int number) {
        return new AppointmentDeleted(AppointmentId.random(), editor, ContractTestData.START.plusSeconds(number));
    }
}
