package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.SyncEvent.PresenceChanged;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on two servers sharing one event port and one store, as two servers share one database and
 * its relay: presence, cursors and rule 10 must hold across them.
 */
class TwoNodeTest {

    private static final Duration GRACE = Duration.ofMillis(600);

    private final Backend backend = Backend.withGrace(GRACE);
    private final LiveSettings settings = LiveSettings.defaults()
            .withDisconnectGrace(GRACE)
            .withPresence(Duration.ofMillis(100), Duration.ofMillis(400));
    private final Node first = Node.start(backend, settings);
    private final Node second = Node.start(backend, settings);
    private final Person alice = backend.user("Alice");
    private final Person bob = backend.user("Bob");
    private final AppointmentId appointment = backend.appointment(alice);

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void nodes_have_identities_of_their_own() {
        assertThat(first.live().nodeId()).isNotEqualTo(second.live().nodeId());
    }

    @Test
    void a_watcher_on_one_node_sees_lock_changes_and_watchers_of_the_other() {
        TestSocket onFirst = watching(first, alice);
        TestSocket onSecond = watching(second, bob);

        onFirst.presenceOf(alice, bob);
        onSecond.presenceOf(alice, bob);
        backend.acquire(alice, appointment);

        assertThat(onSecond.skipTo("lock-acquired")
                        .path("lock")
                        .path("holder")
                        .path("id")
                        .asText())
                .isEqualTo(alice.id());
    }

    @Test
    void presence_is_the_union_over_nodes_each_person_once() {
        watching(first, alice);
        watching(second, alice).presenceOf(alice);
        watching(first, bob).presenceOf(alice, bob);

        JsonNode answer = second.login(bob).subscribe(appointment);

        assertThat(answer.path("watchers").findValuesAsText("id")).containsExactlyInAnyOrder(alice.id(), bob.id());
    }

    @Test
    void a_cursor_crosses_to_the_other_node() {
        TestSocket onFirst = watching(first, alice);
        TestSocket onSecond = watching(second, bob);

        onFirst.send("type", "cursor-position", "appointmentId", appointment.toString(), "x", 0.1, "y", 0.9);

        JsonNode update = onSecond.skipTo("cursor-update");
        assertThat(update.path("user").path("id").asText()).isEqualTo(alice.id());
        assertThat(update.path("y").asDouble()).isEqualTo(0.9);
    }

    @Test
    void a_holder_still_watching_on_the_other_node_keeps_the_lock_until_they_leave_there_too() {
        Lock lock = backend.acquire(alice, appointment);
        TestSocket onSecond = watching(second, alice);
        TestSocket watcher = watching(first, bob);
        // Alice is not on the first node yet, so this proves the first node has heard of her on the second.
        watcher.presenceOf(alice, bob);
        TestSocket onFirst = watching(first, alice);

        onFirst.abort();
        pauseBeyondGrace();
        assertThat(liveLock()).contains(lock);

        onSecond.abort();
        JsonNode released = watcher.skipTo("lock-released");
        assertThat(released.path("reason").asText()).isEqualTo("disconnected");
    }

    @Test
    void a_stopping_node_withdraws_its_watchers_and_closes_its_connections_with_1001() {
        TestSocket onFirst = watching(first, alice);
        TestSocket onSecond = watching(second, bob);
        onFirst.presenceOf(alice, bob);

        second.close();

        assertThat(onSecond.awaitClose().code()).isEqualTo(1001);
        onFirst.presenceOf(alice);
    }

    @Test
    void the_watchers_of_a_node_that_went_silent_are_forgotten() {
        TestSocket onFirst = watching(first, alice);
        onFirst.presenceOf(alice);

        backend.adapters()
                .lockEvents()
                .publish(new PresenceChanged(
                        appointment,
                        "a-node-that-crashes",
                        List.of(bob.user().ref()),
                        backend.clock().instant()));

        onFirst.presenceOf(alice, bob);
        onFirst.presenceOf(alice);
    }

    private TestSocket watching(Node node, Person who) {
        TestSocket socket = node.login(who);
        socket.subscribe(appointment);
        return socket;
    }

    private Optional<Lock> liveLock() {
        return backend.syncPoint().lockStatus().status(appointment).flatMap(LockStatus::lock);
    }

    private static void pauseBeyondGrace() {
        try {
            Thread.sleep(GRACE.multipliedBy(3).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
