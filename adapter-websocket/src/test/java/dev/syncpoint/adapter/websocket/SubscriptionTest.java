package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syncpoint.application.port.in.DeleteAppointmentCommand;
import dev.syncpoint.application.port.in.HeartbeatCommand;
import dev.syncpoint.application.port.in.ReleaseLockCommand;
import dev.syncpoint.application.port.in.UpdateAppointmentCommand;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.Lock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private final Backend backend = Backend.withGrace(Duration.ofSeconds(30));
    private final Node node = Node.start(backend, LiveSettings.defaults());
    private final Person alice = backend.user("Alice");
    private final Person bob = backend.user("Bob");

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void subscribe_answers_the_current_lock_and_watchers_first() {
        AppointmentId appointment = backend.appointment(alice);
        Lock lock = backend.acquire(alice, appointment);
        TestSocket socket = node.login(bob);

        JsonNode answer = socket.subscribe(appointment);

        assertThat(answer.path("lock").path("holder").path("id").asText()).isEqualTo(alice.id());
        assertThat(answer.path("lock").path("holder").path("name").asText()).isEqualTo("Alice");
        assertThat(answer.path("lock").path("version").asLong()).isEqualTo(lock.version());
        assertThat(answer.path("lock").path("expiresAt").asText())
                .isEqualTo(lock.expiresAt().toString());
        assertThat(answer.path("watchers").findValuesAsText("id")).containsExactly(bob.id());
        assertThat(answer.path("serverNow").asText()).isNotEmpty();
    }

    @Test
    void subscribe_to_a_free_appointment_answers_a_null_lock() {
        AppointmentId appointment = backend.appointment(alice);
        TestSocket socket = node.login(bob);

        JsonNode answer = socket.subscribe(appointment);

        assertThat(answer.path("lock").isNull()).isTrue();
    }

    @Test
    void the_fencing_token_is_shown_to_the_holder_alone() {
        AppointmentId appointment = backend.appointment(alice);
        TestSocket holder = node.login(alice);
        TestSocket watcher = node.login(bob);
        holder.subscribe(appointment);
        watcher.subscribe(appointment);

        Lock lock = backend.acquire(alice, appointment);

        JsonNode seenByHolder = holder.next("lock-acquired");
        JsonNode seenByWatcher = watcher.next("lock-acquired");
        assertThat(seenByHolder.path("lock").path("fencingToken").asLong())
                .isEqualTo(lock.fencingToken().value());
        assertThat(seenByWatcher.path("lock").has("fencingToken")).isTrue();
        assertThat(seenByWatcher.path("lock").path("fencingToken").isNull()).isTrue();
        assertThat(node.login(alice)
                        .subscribe(appointment)
                        .path("lock")
                        .path("fencingToken")
                        .asLong())
                .isEqualTo(lock.fencingToken().value());
        assertThat(node.login(bob)
                        .subscribe(appointment)
                        .path("lock")
                        .path("fencingToken")
                        .isNull())
                .isTrue();
    }

    @Test
    void lock_events_reach_only_the_watchers_of_their_appointment() {
        AppointmentId watched = backend.appointment(alice);
        AppointmentId other = backend.appointment(alice);
        TestSocket socket = node.login(bob);
        socket.subscribe(watched);

        backend.acquire(alice, other);
        backend.acquire(alice, watched);

        JsonNode first = socket.next("lock-acquired");
        assertThat(first.path("appointmentId").asText()).isEqualTo(watched.toString());
        assertThat(socket.drain())
                .noneMatch(frame -> frame.path("type").asText().startsWith("lock"));
    }

    @Test
    void renewals_releases_and_appointment_changes_become_frames() {
        AppointmentId appointment = backend.appointment(alice);
        TestSocket socket = node.login(bob);
        socket.subscribe(appointment);
        Lock lock = backend.acquire(alice, appointment);
        socket.next("lock-acquired");

        backend.syncPoint()
                .heartbeat()
                .heartbeat(new HeartbeatCommand(
                        appointment, alice.user(), OptionalLong.empty(), Optional.of(lock.fencingToken())));
        Appointment stored =
                backend.syncPoint().getAppointment().appointment(appointment).orElseThrow();
        AppointmentDetails renamed = new AppointmentDetails(
                "Planning (moved)",
                "",
                stored.details().startDate(),
                stored.details().endDate(),
                stored.details().status(),
                "Room 5",
                "",
                stored.details().attendees());
        backend.syncPoint()
                .updateAppointment()
                .update(new UpdateAppointmentCommand(
                        appointment, alice.user(), renamed, lock.fencingToken(), stored.version()));
        backend.syncPoint()
                .releaseLock()
                .release(new ReleaseLockCommand(
                        appointment, alice.user(), OptionalLong.empty(), Optional.of(lock.fencingToken())));

        JsonNode renewed = socket.next("lock-renewed");
        assertThat(renewed.path("lock").path("version").asLong()).isEqualTo(2);
        assertThat(renewed.path("serverNow").asText()).isNotEmpty();
        JsonNode updated = socket.next("appointment-updated");
        assertThat(updated.path("appointment").path("title").asText()).isEqualTo("Planning (moved)");
        assertThat(updated.path("appointment").path("location").asText()).isEqualTo("Room 5");
        assertThat(updated.path("appointment").path("version").asLong()).isEqualTo(2);
        assertThat(updated.path("by").path("id").asText()).isEqualTo(alice.id());
        JsonNode released = socket.next("lock-released");
        assertThat(released.path("reason").asText()).isEqualTo("released");
        assertThat(released.path("by").isNull()).isTrue();
    }

    @Test
    void a_deleted_appointment_is_announced_to_its_watchers_after_its_lock_ends() {
        AppointmentId appointment = backend.appointment(alice);
        Lock lock = backend.acquire(alice, appointment);
        TestSocket socket = node.login(bob);
        socket.subscribe(appointment);

        backend.syncPoint()
                .deleteAppointment()
                .delete(new DeleteAppointmentCommand(appointment, alice.user(), lock.fencingToken(), 1));

        assertThat(socket.next("lock-released").path("reason").asText()).isEqualTo("released");
        JsonNode deleted = socket.next("appointment-deleted");
        assertThat(deleted.path("by").path("name").asText()).isEqualTo("Alice");
    }

    @Test
    void an_unknown_appointment_is_answered_with_not_found() {
        TestSocket socket = node.login(bob);
        AppointmentId nowhere = AppointmentId.random();

        socket.send("type", "subscribe", "appointmentId", nowhere.toString());

        JsonNode error = socket.next("error");
        assertThat(error.path("code").asText()).isEqualTo("not-found");
        assertThat(error.path("appointmentId").asText()).isEqualTo(nowhere.toString());
    }

    @Test
    void a_malformed_appointment_id_is_a_bad_request_naming_the_field() {
        TestSocket socket = node.login(bob);

        socket.send("type", "subscribe", "appointmentId", "12345");

        JsonNode error = socket.next("error");
        assertThat(error.path("code").asText()).isEqualTo("bad-request");
        assertThat(error.path("message").asText())
                .contains("'appointmentId' must be a UUID")
                .contains("'12345'");
    }

    @Test
    void after_unsubscribing_no_more_events_arrive() {
        AppointmentId appointment = backend.appointment(alice);
        TestSocket socket = node.login(bob);
        socket.subscribe(appointment);

        socket.send("type", "unsubscribe", "appointmentId", appointment.toString());
        JsonNode answer = socket.next("unsubscribed");
        backend.acquire(alice, appointment);

        assertThat(answer.path("appointmentId").asText()).isEqualTo(appointment.toString());
        assertThat(socket.drain())
                .noneMatch(frame -> frame.path("type").asText().equals("lock-acquired"));
    }

    @Test
    void a_client_that_reconnects_and_resubscribes_gets_what_changed_meanwhile() {
        AppointmentId appointment = backend.appointment(alice);
        TestSocket first = node.login(bob);
        first.subscribe(appointment);
        first.close();
        first.awaitClose();

        Lock lock = backend.acquire(alice, appointment);
        TestSocket again = node.login(bob);
        JsonNode answer = again.subscribe(appointment);

        assertThat(answer.path("lock").path("holder").path("id").asText()).isEqualTo(alice.id());
        assertThat(answer.path("lock").path("version").asLong()).isEqualTo(lock.version());
    }
}
