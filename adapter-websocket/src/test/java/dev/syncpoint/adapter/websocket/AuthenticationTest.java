package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private final Backend backend = Backend.withGrace(Duration.ofSeconds(30));
    private final Node node = Node.start(backend, LiveSettings.defaults().withAuthTimeout(Duration.ofMillis(500)));

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void a_valid_token_in_the_first_frame_authenticates_the_connection() {
        Person alice = backend.user("Alice");
        TestSocket socket = node.connect();

        socket.send("type", "auth", "token", alice.token());

        JsonNode answer = socket.next("authenticated");
        assertThat(answer.path("user").path("id").asText()).isEqualTo(alice.id());
        assertThat(answer.path("user").path("name").asText()).isEqualTo("Alice");
        assertThat(answer.path("user").path("email").asText())
                .isEqualTo(alice.user().email());
        assertThat(answer.path("user").path("role").asText()).isEqualTo("user");
        assertThat(answer.path("serverNow").asText()).endsWith("Z");
    }

    @Test
    void a_bearer_header_on_the_upgrade_authenticates_without_an_auth_frame() {
        Person alice = backend.user("Alice");

        TestSocket socket = TestSocket.openWithHeader(node.uri(), "Authorization", "Bearer " + alice.token());

        assertThat(socket.next("authenticated").path("user").path("id").asText())
                .isEqualTo(alice.id());
    }

    @Test
    void a_bad_token_closes_the_connection_with_4401() {
        TestSocket socket = node.connect();

        socket.send("type", "auth", "token", "not-a-token");

        TestSocket.Closed closed = socket.awaitClose();
        assertThat(closed.code()).isEqualTo(4401);
        assertThat(closed.reason()).contains("invalid or expired token");
    }

    @Test
    void a_bad_bearer_header_closes_the_connection_with_4401() {
        TestSocket socket = TestSocket.openWithHeader(node.uri(), "Authorization", "Bearer forged");

        assertThat(socket.awaitClose().code()).isEqualTo(4401);
    }

    @Test
    void a_connection_that_never_authenticates_is_closed_with_4408() {
        TestSocket socket = node.connect();

        TestSocket.Closed closed = socket.awaitClose();

        assertThat(closed.code()).isEqualTo(4408);
        assertThat(closed.reason()).contains("no auth frame within 500 ms");
    }

    @Test
    void any_other_frame_before_authentication_is_answered_with_an_error_then_4401() {
        Person alice = backend.user("Alice");
        TestSocket socket = node.connect();

        socket.send(
                "type", "subscribe", "appointmentId", backend.appointment(alice).toString());

        JsonNode error = socket.next("error");
        assertThat(error.path("code").asText()).isEqualTo("unauthenticated");
        assertThat(error.path("message").asText()).contains("{\"type\":\"auth\"");
        assertThat(socket.awaitClose().code()).isEqualTo(4401);
    }

    @Test
    void malformed_json_before_authentication_is_named_then_closed_with_4401() {
        TestSocket socket = node.connect();

        socket.sendText("{\"type\": \"auth\", ");

        assertThat(socket.next("error").path("message").asText()).contains("not valid JSON");
        assertThat(socket.awaitClose().code()).isEqualTo(4401);
    }

    @Test
    void a_second_auth_frame_is_refused_and_the_connection_stays_open() {
        Person alice = backend.user("Alice");
        TestSocket socket = node.login(alice);

        socket.send("type", "auth", "token", alice.token());

        assertThat(socket.next("error").path("code").asText()).isEqualTo("already-authenticated");
        assertThat(socket.drain()).isEmpty();
    }

    @Test
    void ping_is_answered_with_pong_and_the_server_time() {
        TestSocket socket = node.login(backend.user("Alice"));

        socket.send("type", "ping");

        assertThat(socket.next("pong").path("serverNow").asText()).endsWith("Z");
    }
}
