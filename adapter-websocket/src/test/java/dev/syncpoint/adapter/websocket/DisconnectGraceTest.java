package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockStatus;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rule 10: a holder whose last watching connection drops loses the lock after the grace period. */
class DisconnectGraceTest {

    private static final Duration GRACE = Duration.ofMillis(600);

    private final Backend backend = Backend.withGrace(GRACE);
    private final Node node = Node.start(backend, LiveSettings.defaults().withDisconnectGrace(GRACE));
    private final Person alice = backend.user("Alice");
    private final Person bob = backend.user("Bob");
    private final AppointmentId appointment = backend.appointment(alice);

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void the_lock_of_a_holder_who_vanished_is_released_after_the_grace_period() {
        Lock lock = backend.acquire(alice, appointment);
        TestSocket holder = watching(alice);
        TestSocket watcher = watching(bob);

        holder.abort();

        JsonNode released = watcher.skipTo("lock-released");
        assertThat(released.path("reason").asText()).isEqualTo("disconnected");
        assertThat(released.path("lock").path("version").asLong()).isEqualTo(lock.version());
        assertThat(liveLock()).isEmpty();
    }

    @Test
    void a_holder_who_comes_back_in_time_keeps_the_lock() {
        backend.acquire(alice, appointment);
        TestSocket holder = watching(alice);

        holder.abort();
        TestSocket back = watching(alice);
        pauseBeyondGrace();

        assertThat(liveLock()).map(l -> l.holder().id()).contains(alice.user().id());
        assertThat(back.drain()).noneMatch(frame -> frame.path("type").asText().equals("lock-released"));
    }

    @Test
    void a_holder_still_watching_on_another_connection_keeps_the_lock() {
        backend.acquire(alice, appointment);
        TestSocket first = watching(alice);
        TestSocket second = watching(alice);

        first.close();
        pauseBeyondGrace();

        assertThat(liveLock()).isPresent();
        assertThat(second.drain())
                .noneMatch(frame -> frame.path("type").asText().equals("lock-released"));
    }

    @Test
    void a_holder_who_never_watched_the_appointment_keeps_the_lock() {
        backend.acquire(alice, appointment);
        TestSocket elsewhere = node.login(alice);
        elsewhere.subscribe(backend.appointment(alice));

        elsewhere.close();
        pauseBeyondGrace();

        assertThat(liveLock()).isPresent();
    }

    @Test
    void a_silent_connection_is_taken_for_dead_closed_and_its_lock_released() {
        LiveSettings impatient =
                LiveSettings.defaults().withDisconnectGrace(GRACE).withLiveness(Duration.ofMillis(200), GRACE);
        try (Node strict = Node.start(backend, impatient)) {
            backend.acquire(alice, appointment);
            TestSocket holder = strict.login(alice);
            holder.subscribe(appointment);

            TestSocket.Closed closed = holder.awaitClose();

            assertThat(closed.code()).isEqualTo(4000);
            assertThat(closed.reason()).contains("nothing heard");
            Eventually.holds(() -> liveLock().isEmpty());
        }
    }

    private TestSocket watching(Person who) {
        TestSocket socket = node.login(who);
        socket.subscribe(appointment);
        return socket;
    }

    private Optional<Lock> liveLock() {
        return backend.syncPoint().lockStatus().status(appointment).flatMap(LockStatus::lock);
    }

    /** Lets the deadline pass; what is asserted afterwards is the lock, not the time it took. */
    private static void pauseBeyondGrace() {
        try {
            Thread.sleep(GRACE.multipliedBy(3).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
