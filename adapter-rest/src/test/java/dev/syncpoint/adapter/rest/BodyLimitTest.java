package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bodies over 64 KiB get 413, whether or not the client declares their length. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyLimitTest {

    private static final int LIMIT = 64 * 1024;

    private final TestServer server = TestServer.start();
    private final ApiClient client = server.client();
    private final Caller alice = server.signUp("Alice");

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aBodyOneByteOverTheLimitIs413() {
        Response response = client.post("/api/v1/appointments", alice.token(), bodyOfLength(LIMIT + 1));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.problemType()).isEqualTo("payload-too-large");
        assertThat(response.json().path("maxBytes").asInt()).isEqualTo(LIMIT);
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadAndJudgedOnItsContent() {
        Response response = client.post("/api/v1/appointments", alice.token(), bodyOfLength(LIMIT));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asText()).isEqualTo("description must be at most 16384 characters");
    }

    @Test
    void aChunkedBodyWithoutDeclaredLengthIsCutOffAtTheLimit() {
        byte[] body = bodyOfLength(LIMIT * 2).getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = client.request("/api/v1/appointments", alice.token())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        Response response = client.send(request);

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void theSignUpRouteHasTheLimitToo() {
        String huge = TestJson.object("email", "a@example.test", "name", "n".repeat(LIMIT), "password", "long enough");

        Response response = client.post("/api/v1/auth/signup", null, huge);

        assertThat(response.status()).isEqualTo(413);
    }

    /** A well-formed appointment whose description pads the JSON to exactly {@code length} bytes. */
    private static String bodyOfLength(int length) {
        String empty = json("");
        return json("d".repeat(length - empty.length()));
    }

    private static String json(String description) {
        return "{\"title\":\"Padded\",\"startDate\":\"" + Appointments.START + "\",\"endDate\":\"" + Appointments.END
                + "\",\"description\":\"" + description + "\"}";
    }
}
