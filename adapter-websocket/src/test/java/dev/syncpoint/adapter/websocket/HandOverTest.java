package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syncpoint.application.port.in.AdminLockCommand;
import dev.syncpoint.application.port.in.AnswerControlCommand;
import dev.syncpoint.application.port.in.ReleaseLockCommand;
import dev.syncpoint.application.port.in.RequestControlCommand;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.ControlRequestId;
import dev.syncpoint.domain.lock.ControlRequestResult;
import dev.syncpoint.domain.lock.ControlRequested;
import dev.syncpoint.domain.lock.Lock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rule 9 and rule 8 as watchers see them: requests, grants, denials and takeovers. */
class HandOverTest {

    private final Backend backend = Backend.withGrace(Duration.ofSeconds(30));
    private final Node node = Node.start(backend, LiveSettings.defaults());
    private final Person alice = backend.user("Alice");
    private final Person bob = backend.user("Bob");
    private final Person carol = backend.user("Carol");
    private final AppointmentId appointment = backend.appointment(alice);

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void the_holder_hears_the_request_and_everyone_sees_the_grant_move_the_lock() {
        Lock held = backend.acquire(alice, appointment);
        TestSocket holder = watching(alice);
        TestSocket requester = watching(bob);
        TestSocket watcher = watching(carol);

        ControlRequestId request = requestControl(bob);
        JsonNode requested = holder.skipTo("control-requested");
        backend.syncPoint().grantControl().grant(new AnswerControlCommand(appointment, request, alice.user()));

        assertThat(requested.path("request").path("requester").path("id").asText())
                .isEqualTo(bob.id());
        assertThat(requested.path("request").path("state").asText()).isEqualTo("open");
        for (TestSocket socket : new TestSocket[] {holder, requester, watcher}) {
            JsonNode released = socket.skipTo("lock-released");
            assertThat(released.path("reason").asText()).isEqualTo("transferred");
            JsonNode granted = socket.skipTo("control-granted");
            assertThat(granted.path("lock").path("holder").path("id").asText()).isEqualTo(bob.id());
            assertThat(granted.path("request").path("state").asText()).isEqualTo("granted");
        }
        JsonNode bobsView = node.login(bob).subscribe(appointment).path("lock");
        assertThat(bobsView.path("fencingToken").asLong())
                .isGreaterThan(held.fencingToken().value());
    }

    @Test
    void a_denial_reaches_the_requester_and_the_holder() {
        backend.acquire(alice, appointment);
        TestSocket holder = watching(alice);
        TestSocket requester = watching(bob);

        ControlRequestId request = requestControl(bob);
        backend.syncPoint().denyControl().deny(new AnswerControlCommand(appointment, request, alice.user()));

        assertThat(requester
                        .skipTo("control-denied")
                        .path("request")
                        .path("state")
                        .asText())
                .isEqualTo("denied");
        assertThat(holder.skipTo("control-denied").path("request").path("id").asText())
                .isEqualTo(request.toString());
    }

    @Test
    void an_admin_takeover_tells_the_old_holder_at_once() {
        Lock held = backend.acquire(alice, appointment);
        Person admin = backend.admin("Admin");
        TestSocket holder = watching(alice);

        backend.syncPoint()
                .adminTakeover()
                .takeOver(new AdminLockCommand(appointment, admin.user(), Optional.of("urgent fix")));

        JsonNode takeover = holder.skipTo("admin-takeover");
        assertThat(takeover.path("previous").path("holder").path("id").asText()).isEqualTo(alice.id());
        assertThat(takeover.path("previous").path("fencingToken").asLong())
                .isEqualTo(held.fencingToken().value());
        assertThat(takeover.path("lock").path("holder").path("id").asText()).isEqualTo(admin.id());
        assertThat(takeover.path("lock").path("fencingToken").isNull()).isTrue();
        assertThat(takeover.path("reason").asText()).isEqualTo("urgent fix");
        assertThat(takeover.path("serverNow").asText()).isNotEmpty();
    }

    @Test
    void a_force_release_tells_the_old_holder_who_ended_it_and_why() {
        backend.acquire(alice, appointment);
        Person admin = backend.admin("Admin");
        TestSocket holder = watching(alice);

        backend.syncPoint()
                .forceReleaseLock()
                .forceRelease(new AdminLockCommand(appointment, admin.user(), Optional.of("left for lunch")));

        JsonNode released = holder.skipTo("lock-released");
        assertThat(released.path("reason").asText()).isEqualTo("force_released");
        assertThat(released.path("by").path("id").asText()).isEqualTo(admin.id());
        assertThat(released.path("note").asText()).isEqualTo("left for lunch");
    }

    @Test
    void a_release_by_the_holder_carries_no_note() {
        Lock held = backend.acquire(alice, appointment);
        TestSocket watcher = watching(bob);

        backend.syncPoint()
                .releaseLock()
                .release(new ReleaseLockCommand(
                        appointment, alice.user(), OptionalLong.empty(), Optional.of(held.fencingToken())));

        JsonNode released = watcher.skipTo("lock-released");
        assertThat(released.path("reason").asText()).isEqualTo("released");
        assertThat(released.path("note").isNull()).isTrue();
    }

    private TestSocket watching(Person who) {
        TestSocket socket = node.login(who);
        socket.subscribe(appointment);
        return socket;
    }

    private ControlRequestId requestControl(Person who) {
        ControlRequestResult result =
                backend.syncPoint().requestControl().requestControl(new RequestControlCommand(appointment, who.user()));
        assertThat(result).isInstanceOf(ControlRequested.class);
        return ((ControlRequested) result).request().id();
    }
}
