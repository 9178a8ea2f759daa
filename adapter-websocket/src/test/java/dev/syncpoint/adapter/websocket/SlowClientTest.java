package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syncpoint.application.port.in.UpdateAppointmentCommand;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.AppointmentChanged;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.UpdateAppointmentResult;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client that stops reading must not hold up anyone else; it is closed and told to resubscribe. */
class SlowClientTest {

    private static final int UPDATES = 600;

    private final Backend backend = Backend.withGrace(Duration.ofSeconds(30));
    private final Node node = Node.start(backend, LiveSettings.defaults().withSendQueueLimit(32));
    private final Person alice = backend.user("Alice");
    private final Person bob = backend.user("Bob");
    private final Person stalled = backend.user("Stalled");
    private final AppointmentId appointment = backend.appointment(alice);

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void a_client_that_stops_reading_is_closed_while_the_others_hear_every_change() {
        Lock lock = backend.acquire(alice, appointment);
        TestSocket watcher = node.login(bob);
        watcher.subscribe(appointment);
        TestSocket slow = TestSocket.openPaused(node.uri(), stalled.token());
        slow.send("type", "subscribe", "appointmentId", appointment.toString());
        watcher.presenceOf(bob, stalled);

        long version = 1;
        for (int i = 0; i < UPDATES; i++) {
            version = update(lock, version, i);
        }

        JsonNode last = watcher.skipTo("appointment-updated");
        while (last.path("appointment").path("version").asLong() < version) {
            last = watcher.skipTo("appointment-updated");
        }
        slow.resume();
        TestSocket.Closed closed = slow.awaitClose();
        assertThat(closed.code()).isEqualTo(1013);
        assertThat(closed.reason()).contains("reconnect and resubscribe");
    }

    /** Saves a change with a long description, so the frames fill the stalled client's buffers quickly. */
    private long update(Lock lock, long version, int round) {
        Appointment stored =
                backend.syncPoint().getAppointment().appointment(appointment).orElseThrow();
        AppointmentDetails details = new AppointmentDetails(
                "Planning " + round,
                "x".repeat(16_000),
                stored.details().startDate(),
                stored.details().endDate(),
                stored.details().status(),
                "",
                "",
                stored.details().attendees());
        UpdateAppointmentResult result = backend.syncPoint()
                .updateAppointment()
                .update(new UpdateAppointmentCommand(appointment, alice.user(), details, lock.fencingToken(), version));
        assertThat(result).isInstanceOf(AppointmentChanged.class);
        return ((AppointmentChanged) result).appointment().version();
    }
}
