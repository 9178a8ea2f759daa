package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BadInputTest {

    private final Backend backend = Backend.withGrace(Duration.ofSeconds(30));
    private final Node node = Node.start(
            backend, LiveSettings.defaults().withRateLimit(40, 80).withFloodLimit(100, Duration.ofSeconds(10)));
    private final Person alice = backend.user("Alice");

    @AfterEach
    void stop() {
        node.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"type":                                        | not valid JSON at line 1
            {"type": "ping"                                 | expected close marker for Object
            [1, 2]                                          | a JSON object such as {"type":"ping"}, not an array
            "ping"                                          | not a string
            {}                                              | missing field 'type'
            {"type": 7}                                     | field 'type' must be a string, was a number
            {"type": "ping", "type": "ping"}                | Duplicate field 'type'
            {"type": "ping"} {"type": "ping"}               | more follows the JSON object; a frame holds exactly one
            {"type": "ping", "colour": "red"}               | unknown field 'colour' in ping; it takes only 'type'
            {"type": "subscribe"}                           | missing field 'appointmentId' in subscribe
            {"type": "subscribe", "appointmentId": 5}       | field 'appointmentId' must be a string, was a number
            {"type":"subscribe","appointmentId":ID,"presence":"no"}         | field 'presence' must be true or false
            {"type":"cursor-position","appointmentId":ID,"x":"1","y":0}     | field 'x' must be a number from 0 to 1
            {"type":"cursor-position","appointmentId":ID,"x":0.5,"y":1.5}   | field 'y' must be a fraction from 0 to 1
            {"type":"cursor-position","appointmentId":ID,"x":-1e400,"y":0}  | field 'x' must be a fraction from 0 to 1
            {"type":"cursor-position","appointmentId":ID,"x":NaN,"y":0}     | Non-standard token 'NaN'
            """)
    void a_malformed_frame_is_answered_with_a_precise_error_and_the_connection_stays_open(
            String frame, String message) {
        TestSocket socket = node.login(alice);

        socket.sendText(frame.replace("ID", "\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\""));

        JsonNode error = socket.next("error");
        assertThat(error.path("code").asText()).isEqualTo("bad-request");
        assertThat(error.path("message").asText()).contains(message);
        assertThat(error.path("message").asText())
                .as("words for the client, not the JSON library's class names and settings")
                .doesNotContain("`")
                .doesNotContain("jackson")
                .doesNotContain("Feature");
        assertThat(socket.drain()).isEmpty();
        assertThat(socket.isClosed()).isFalse();
    }

    @Test
    void an_unknown_type_is_named_with_the_types_there_are() {
        TestSocket socket = node.login(alice);

        socket.send("type", "lock-please");

        JsonNode error = socket.next("error");
        assertThat(error.path("code").asText()).isEqualTo("unknown-type");
        assertThat(error.path("message").asText())
                .isEqualTo("unknown type 'lock-please'; a client sends auth, subscribe, unsubscribe, "
                        + "cursor-position, ping");
        assertThat(socket.drain()).isEmpty();
    }

    @Test
    void a_frame_over_16_kib_is_refused_and_the_connection_stays_open() {
        TestSocket socket = node.login(alice);

        socket.send("type", "ping", "padding", "x".repeat(20_000));

        JsonNode error = socket.next("error");
        assertThat(error.path("code").asText()).isEqualTo("frame-too-large");
        assertThat(error.path("message").asText()).contains("16384 bytes");
        assertThat(socket.drain()).isEmpty();
    }

    @Test
    void a_binary_frame_is_refused_and_the_connection_stays_open() {
        TestSocket socket = node.login(alice);

        socket.sendBinary(new byte[] {1, 2, 3});

        assertThat(socket.next("error").path("message").asText()).contains("JSON text, not binary");
        assertThat(socket.drain()).isEmpty();
    }

    /**
     * A slow rate and a small flood limit, so that the close comes within the last few frames sent: frames
     * a client sends after the server's close frame may meet a reset connection instead of the close code.
     */
    @Test
    void a_flood_is_told_it_is_rate_limited_then_closed_with_1008() {
        LiveSettings strict = LiveSettings.defaults().withRateLimit(1, 5).withFloodLimit(20, Duration.ofSeconds(30));
        try (Node strictNode = Node.start(backend, strict)) {
            TestSocket socket = strictNode.login(alice);

            for (int i = 0; i < 30 && !socket.isClosed(); i++) {
                socket.sendQuietly("{\"type\":\"ping\"}");
            }

            TestSocket.Closed closed = socket.awaitClose();
            assertThat(closed.code()).as("closed with %s", closed).isEqualTo(1008);
            assertThat(socket.received())
                    .filteredOn(frame -> frame.path("code").asText().equals("rate-limited"))
                    .isNotEmpty()
                    .allSatisfy(
                            frame -> assertThat(frame.path("message").asText()).contains("1 frames a second"));
        }
    }

    @Test
    void a_sender_within_its_rate_is_never_limited() {
        TestSocket socket = node.login(alice);

        for (int i = 0; i < 60; i++) {
            socket.send("type", "ping");
            socket.next("pong");
        }

        assertThat(socket.isClosed()).isFalse();
    }
}
