package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.port.out.StoreUnavailableException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Health, metrics, CORS and the answers for routes that do not exist. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsRoutesTest {

    private static final String WEB_UI = "https://calendar.example.test";

    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final TestServer server = TestServer.with()
            .health(databaseUp::get)
            .settings(RestSettings.defaults().withCorsOrigins(List.of(WEB_UI)))
            .start();
    private final ApiClient client = server.client();
    private final Caller alice = server.signUp("Alice");

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void healthIsPublicAndSaysWhetherTheDatabaseAnswers() {
        databaseUp.set(true);
        Response up = client.get("/health", null);
        databaseUp.set(false);
        Response down = client.get("/health", null);
        databaseUp.set(true);

        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().path("status").asText()).isEqualTo("up");
        assertThat(up.json().path("database").asText()).isEqualTo("up");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().path("database").asText()).isEqualTo("down");
    }

    @Test
    void aLoadBalancerMayProbeHealthWithHead() {
        databaseUp.set(false);
        Response down =
                client.send(client.request("/health", null).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        databaseUp.set(true);
        Response up = client.send(client.request("/health", null).method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(down.status()).isEqualTo(503);
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.body()).isEmpty();
    }

    @Test
    void aRequestLineJettyCannotReadGetsOurProblemWithoutAPlaceholderInstance() {
        List<String> unreadable = List.of("/api/v1/appointments/%zz", "/api/v1/appointments/%00", "/api/v1/%");

        assertThat(unreadable).allSatisfy(path -> {
            Response response =
                    RawHttp.exchange(server.api().port(), RawHttp.request("GET " + path + " HTTP/1.1", null));
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("type").asText()).isEqualTo("urn:syncpoint:problem:malformed-http-request");
            assertThat(response.json().path("detail").asText())
                    .isEqualTo("the server could not read the request line; usually its path holds a character or"
                            + " percent-encoding that is not allowed, such as %00 or %zz");
            assertThat(response.json().has("instance")).isFalse();
            assertThat(response.body()).doesNotContain("<html>").doesNotContain("badMessage");
        });
    }

    @Test
    void aMalformedRequestWhosePathWasReadNamesItAsInstance() {
        String noHost = "GET /api/v1/appointments HTTP/1.1\r\nConnection: close\r\n\r\n";

        Response response = RawHttp.exchange(server.api().port(), noHost);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-http-request");
        assertThat(response.json().path("detail").asText()).isEqualTo("the HTTP request is malformed: No Host");
        assertThat(response.json().path("instance").asText()).isEqualTo("/api/v1/appointments");
    }

    @Test
    void headersOverJettysLimitGetOurProblemWithTheLimit() {
        Response response =
                client.send(client.request("/api/v1/appointments", alice.token(), "X-Padding", "p".repeat(20_000))
                        .GET());

        assertThat(response.status()).isEqualTo(431);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asText()).isEqualTo("urn:syncpoint:problem:headers-too-large");
        assertThat(response.json().path("detail").asText())
                .isEqualTo("the request's headers are too large: the request line and headers may take at most 8192"
                        + " bytes together");
        assertThat(response.json().path("instance").asText()).isEqualTo("/api/v1/appointments");
    }

    @Test
    void aUriOverJettysLimitAndAnUnknownHttpVersionGetOurProblemsToo() {
        String longPath = "/api/v1/appointments/" + "a".repeat(10_000);

        Response tooLong =
                RawHttp.exchange(server.api().port(), RawHttp.request("GET " + longPath + " HTTP/1.1", null));
        Response unknownVersion =
                RawHttp.exchange(server.api().port(), RawHttp.request("GET /api/v1/appointments HTTP/7.1", null));

        assertThat(tooLong.status()).isEqualTo(414);
        assertThat(tooLong.problemType()).isEqualTo("uri-too-long");
        assertThat(tooLong.json().path("detail").asText()).contains("at most 8192 bytes");
        assertThat(unknownVersion.status()).isEqualTo(505);
        assertThat(unknownVersion.problemType()).isEqualTo("http-version-not-supported");
    }

    @Test
    void aHealthCheckThatThrowsCountsAsDown() {
        try (TestServer failing = TestServer.with()
                .health(() -> {
                    throw new IllegalStateException("connection refused");
                })
                .start()) {
            Response response = failing.client().get("/health", null);

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.body()).doesNotContain("connection refused");
        }
    }

    @Test
    void aHealthCheckThatMeetsAnOutageLogsOneLineWithoutAStackTrace() {
        try (TestServer failing = TestServer.with()
                .health(() -> {
                    throw new StoreUnavailableException("pool exhausted", new ConnectException("Connection refused"));
                })
                .start()) {
            List<String> log = CapturedLog.during(() -> failing.client().get("/health", null));

            assertThat(log.stream().filter(line -> line.contains("WARN")))
                    .singleElement()
                    .asString()
                    .endsWith("health check: the store is unavailable (pool exhausted); reporting the database down");
            assertThat(log).noneMatch(line -> line.startsWith("\tat "));
        }
    }

    @Test
    void metricsCountLockOutcomesAndHttpRequests() {
        Caller bob = server.signUp("Bob");
        String id = server.appointment(alice);
        server.acquire(alice, id);
        client.post(Appointments.path(id, "acquire-lock"), alice.token(), null);
        client.post(Appointments.path(id, "acquire-lock"), bob.token(), null);

        Response metrics = client.get("/metrics", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("syncpoint_lock_requests_total{action=\"acquire\",outcome=\"acquired\"}")
                .contains("syncpoint_lock_requests_total{action=\"acquire\",outcome=\"renewed\"}")
                .contains("syncpoint_lock_requests_total{action=\"acquire\",outcome=\"held_by_other\"}")
                .contains("syncpoint_http_requests_seconds_count{method=\"POST\","
                        + "route=\"/api/v1/appointments/{id}/acquire-lock\",status=\"409\"}");
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        Response response = client.get("/api/v1/nothing-here", alice.token());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("not-found");
        assertThat(response.json().path("detail").asText()).isEqualTo("there is no route GET /api/v1/nothing-here");
    }

    @Test
    void aKnownRouteWithTheWrongMethodIsA405ProblemThatSaysWhichMethodsItTakes() {
        String id = server.appointment(alice);

        Response signUp = client.send(
                client.request("/api/v1/auth/signup", null).method("PATCH", HttpRequest.BodyPublishers.noBody()));
        Response appointment = client.send(client.request(Appointments.path(id), alice.token())
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
        Response fromABrowser = client.send(client.request("/api/v1/appointments", alice.token(), "Accept", "text/html")
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));

        assertThat(signUp.status()).isEqualTo(405);
        assertThat(signUp.problemType()).isEqualTo("method-not-allowed");
        assertThat(signUp.header("Allow")).isEqualTo("POST");
        assertThat(appointment.status()).isEqualTo(405);
        assertThat(appointment.header("Allow")).isEqualTo("GET, HEAD, PUT, DELETE");
        assertThat(appointment.json().path("detail").asText())
                .isEqualTo("PATCH " + Appointments.path(id) + " is not allowed on this route; it takes GET, HEAD,"
                        + " PUT, DELETE");
        assertThat(fromABrowser.header("Allow")).isEqualTo("GET, HEAD, POST");
    }

    @Test
    void everyMethodTheAllowHeaderNamesIsServed() {
        String id = server.appointment(alice);
        Response refused = client.send(client.request(Appointments.path(id), alice.token())
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));

        List<String> allowed = List.of(refused.header("Allow").split(", "));

        assertThat(allowed).allSatisfy(method -> {
            Response response = client.send(client.request(Appointments.path(id), alice.token())
                    .method(method, HttpRequest.BodyPublishers.noBody()));
            assertThat(response.status()).as(method).isNotEqualTo(405);
        });
    }

    @Test
    void aBrowserOnAnAllowedOriginPassesThePreflightAndMayReadTheETag() {
        Response preflight = client.send(client.request(
                        "/api/v1/appointments",
                        null,
                        "Origin",
                        WEB_UI,
                        "Access-Control-Request-Method",
                        "PUT",
                        "Access-Control-Request-Headers",
                        "authorization,if-match,x-fencing-token,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        Response read = client.send(client.request("/api/v1/appointments", alice.token(), "Origin", WEB_UI)
                .GET());

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(WEB_UI);
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("if-match", "x-fencing-token");
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo(WEB_UI);
        assertThat(read.header("Access-Control-Expose-Headers")).contains("ETag");
    }

    @Test
    void aBrowserOnAnotherOriginIsNotAllowed() {
        Response read =
                client.send(client.request("/api/v1/appointments", alice.token(), "Origin", "https://evil.example.test")
                        .GET());

        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
    }
}
