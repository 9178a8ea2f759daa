package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syncpoint.domain.appointment.AppointmentId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PresenceAndCursorTest {

    private final Backend backend = Backend.withGrace(Duration.ofSeconds(30));
    private final Node node = Node.start(
            backend,
            LiveSettings.defaults().withCursorInterval(Duration.ofSeconds(5)).withCursorIdle(Duration.ofMillis(400)));
    private final Person alice = backend.user("Alice");
    private final Person bob = backend.user("Bob");
    private final AppointmentId appointment = backend.appointment(alice);

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void watchers_learn_who_joins_and_who_leaves() {
        TestSocket aliceSocket = node.login(alice);
        aliceSocket.subscribe(appointment);
        aliceSocket.presenceOf(alice);

        TestSocket bobSocket = node.login(bob);
        JsonNode answer = bobSocket.subscribe(appointment);
        JsonNode joined = aliceSocket.presenceOf(alice, bob);
        bobSocket.send("type", "unsubscribe", "appointmentId", appointment.toString());
        JsonNode left = aliceSocket.presenceOf(alice);

        assertThat(answer.path("watchers").findValuesAsText("name")).containsExactly("Alice", "Bob");
        assertThat(joined.path("appointmentId").asText()).isEqualTo(appointment.toString());
        assertThat(left.path("watchers").findValuesAsText("name")).containsExactly("Alice");
    }

    @Test
    void a_closed_connection_leaves_the_watchers() {
        TestSocket aliceSocket = node.login(alice);
        aliceSocket.subscribe(appointment);
        TestSocket bobSocket = node.login(bob);
        bobSocket.subscribe(appointment);
        aliceSocket.presenceOf(alice, bob);

        bobSocket.abort();

        aliceSocket.presenceOf(alice);
    }

    @Test
    void a_subscriber_without_presence_hears_the_events_but_is_not_listed_as_viewing() {
        TestSocket aliceSocket = node.login(alice);
        aliceSocket.subscribe(appointment);
        aliceSocket.presenceOf(alice);
        TestSocket bobList = node.login(bob);

        bobList.send("type", "subscribe", "appointmentId", appointment.toString(), "presence", false);
        JsonNode answer = bobList.next("subscribed");
        backend.acquire(alice, appointment);
        JsonNode acquired = bobList.next("lock-acquired");
        List<JsonNode> toAlice = aliceSocket.drain();

        assertThat(answer.path("watchers").findValuesAsText("id")).containsExactly(alice.id());
        assertThat(acquired.path("lock").path("holder").path("id").asText()).isEqualTo(alice.id());
        assertThat(toAlice)
                .filteredOn(frame -> frame.path("type").asText().equals("presence"))
                .allSatisfy(frame -> assertThat(frame.path("watchers").findValuesAsText("id"))
                        .containsExactly(alice.id()));
    }

    @Test
    void subscribing_again_with_presence_makes_a_subscriber_a_viewer_and_without_takes_it_back() {
        TestSocket aliceSocket = node.login(alice);
        aliceSocket.subscribe(appointment);
        aliceSocket.presenceOf(alice);
        TestSocket bobSocket = node.login(bob);
        bobSocket.send("type", "subscribe", "appointmentId", appointment.toString(), "presence", false);
        bobSocket.next("subscribed");

        bobSocket.send("type", "subscribe", "appointmentId", appointment.toString(), "presence", true);
        aliceSocket.presenceOf(alice, bob);
        bobSocket.send("type", "subscribe", "appointmentId", appointment.toString(), "presence", false);
        aliceSocket.presenceOf(alice);
    }

    @Test
    void a_subscriber_without_presence_shares_no_cursor() {
        TestSocket aliceSocket = node.login(alice);
        aliceSocket.subscribe(appointment);
        TestSocket bobSocket = node.login(bob);
        bobSocket.send("type", "subscribe", "appointmentId", appointment.toString(), "presence", false);
        bobSocket.next("subscribed");

        bobSocket.send("type", "cursor-position", "appointmentId", appointment.toString(), "x", 0.5, "y", 0.5);

        JsonNode refused = bobSocket.next("error");
        assertThat(refused.path("code").asText()).isEqualTo("not-subscribed");
        assertThat(aliceSocket.drain())
                .noneMatch(frame -> frame.path("type").asText().equals("cursor-update"));
    }

    @Test
    void one_person_on_two_connections_is_one_watcher() {
        TestSocket first = node.login(alice);
        first.subscribe(appointment);
        TestSocket second = node.login(alice);

        JsonNode answer = second.subscribe(appointment);

        assertThat(answer.path("watchers").findValuesAsText("id")).containsExactly(alice.id());
    }

    @Test
    void a_cursor_reaches_the_other_watchers_but_not_its_owner() {
        TestSocket aliceSocket = node.login(alice);
        aliceSocket.subscribe(appointment);
        TestSocket bobSocket = node.login(bob);
        bobSocket.subscribe(appointment);

        aliceSocket.send("type", "cursor-position", "appointmentId", appointment.toString(), "x", 0.25, "y", 0.75);

        JsonNode update = bobSocket.next("cursor-update");
        assertThat(update.path("user").path("id").asText()).isEqualTo(alice.id());
        assertThat(update.path("x").asDouble()).isEqualTo(0.25);
        assertThat(update.path("y").asDouble()).isEqualTo(0.75);
        assertThat(update.path("gone").asBoolean()).isFalse();
        assertThat(aliceSocket.drain())
                .noneMatch(frame -> frame.path("type").asText().equals("cursor-update"));
    }

    @Test
    void cursor_moves_within_the_interval_are_dropped() {
        TestSocket aliceSocket = node.login(alice);
        aliceSocket.subscribe(appointment);
        TestSocket bobSocket = node.login(bob);
        bobSocket.subscribe(appointment);

        for (int i = 1; i <= 5; i++) {
            aliceSocket.send("type", "cursor-position", "appointmentId", appointment.toString(), "x", i / 10.0, "y", 0);
        }
        List<JsonNode> aliceSaw = aliceSocket.drain();

        List<JsonNode> moves = bobSocket.drain().stream()
                .filter(frame -> frame.path("type").asText().equals("cursor-update"))
                .filter(frame -> !frame.path("gone").asBoolean())
                .toList();
        assertThat(moves).hasSize(1);
        assertThat(moves.get(0).path("x").asDouble()).isEqualTo(0.1);
        assertThat(aliceSaw).noneMatch(frame -> frame.path("type").asText().equals("error"));
    }

    @Test
    void the_last_move_of_a_burst_arrives_once_the_interval_is_over() {
        LiveSettings settings = LiveSettings.defaults().withCursorInterval(Duration.ofMillis(300));
        try (Node quick = Node.start(backend, settings)) {
            TestSocket aliceSocket = quick.login(alice);
            aliceSocket.subscribe(appointment);
            TestSocket bobSocket = quick.login(bob);
            bobSocket.subscribe(appointment);

            for (int i = 1; i <= 5; i++) {
                aliceSocket.send(
                        "type", "cursor-position", "appointmentId", appointment.toString(), "x", i / 10.0, "y", 0);
            }

            JsonNode first = bobSocket.next("cursor-update");
            JsonNode last = bobSocket.next("cursor-update");
            assertThat(first.path("x").asDouble()).isEqualTo(0.1);
            assertThat(last.path("x").asDouble())
                    .as("the moves in between are dropped, the one the pointer rests at is not")
                    .isEqualTo(0.5);
        }
    }

    @Test
    void a_cursor_from_a_connection_that_does_not_watch_is_refused() {
        TestSocket bobSocket = node.login(bob);
        bobSocket.subscribe(appointment);
        TestSocket aliceSocket = node.login(alice);

        aliceSocket.send("type", "cursor-position", "appointmentId", appointment.toString(), "x", 0.5, "y", 0.5);

        JsonNode error = aliceSocket.next("error");
        assertThat(error.path("code").asText()).isEqualTo("not-subscribed");
        assertThat(error.path("appointmentId").asText()).isEqualTo(appointment.toString());
        assertThat(bobSocket.drain())
                .noneMatch(frame -> frame.path("type").asText().equals("cursor-update"));
    }

    @Test
    void a_cursor_goes_with_its_owner_when_they_stop_watching() {
        try (Node patient = Node.start(backend, LiveSettings.defaults())) {
            TestSocket aliceSocket = patient.login(alice);
            aliceSocket.subscribe(appointment);
            TestSocket bobSocket = patient.login(bob);
            bobSocket.subscribe(appointment);
            aliceSocket.send("type", "cursor-position", "appointmentId", appointment.toString(), "x", 0.5, "y", 0.5);
            assertThat(bobSocket.next("cursor-update").path("gone").asBoolean()).isFalse();

            aliceSocket.send("type", "unsubscribe", "appointmentId", appointment.toString());

            bobSocket.presenceOf(bob);
            JsonNode gone = bobSocket.next("cursor-update");
            assertThat(gone.path("gone").asBoolean()).isTrue();
            assertThat(gone.path("user").path("id").asText()).isEqualTo(alice.id());
        }
    }

    @Test
    void an_idle_cursor_is_announced_as_gone() {
        TestSocket aliceSocket = node.login(alice);
        aliceSocket.subscribe(appointment);
        TestSocket bobSocket = node.login(bob);
        bobSocket.subscribe(appointment);

        aliceSocket.send("type", "cursor-position", "appointmentId", appointment.toString(), "x", 0.5, "y", 0.5);

        assertThat(bobSocket.next("cursor-update").path("gone").asBoolean()).isFalse();
        JsonNode gone = bobSocket.next("cursor-update");
        assertThat(gone.path("gone").asBoolean()).isTrue();
        assertThat(gone.path("user").path("id").asText()).isEqualTo(alice.id());
        assertThat(gone.path("x").isNull()).isTrue();
        assertThat(gone.path("y").isNull()).isTrue();
    }
}
