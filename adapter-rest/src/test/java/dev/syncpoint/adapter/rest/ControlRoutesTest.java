package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlRoutesTest {

    private final TestServer server = TestServer.start();
    private final ApiClient client = server.client();
    private final Caller alice = server.signUp("Alice");
    private final Caller bob = server.signUp("Bob");
    private final Caller carol = server.signUp("Carol");

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void askingForControlOpensARequestAddressedToTheHolder() {
        String id = server.appointment(alice);
        server.acquire(alice, id);

        Response requested = client.post(Appointments.path(id, "request-control"), bob.token(), null);

        assertThat(requested.status()).isEqualTo(201);
        JsonNode body = requested.json();
        assertThat(body.path("outcome").asText()).isEqualTo("requested");
        assertThat(body.path("request").path("state").asText()).isEqualTo("open");
        assertThat(body.path("request").path("requester").path("name").asText()).isEqualTo("Bob");
        assertThat(body.path("request").path("holder").path("name").asText()).isEqualTo("Alice");
        assertThat(body.path("lock").path("fencingToken").isNull()).isTrue();
        assertThat(body.path("serverNow").asText())
                .isEqualTo(body.path("request").path("requestedAt").asText());
    }

    @Test
    void aSecondRequestWhileTheFirstIsOpenIs409WithTheOpenOne() {
        String id = server.appointment(alice);
        server.acquire(alice, id);
        String first = requestControl(bob, id);

        Response again = client.post(Appointments.path(id, "request-control"), bob.token(), null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("already-requested");
        assertThat(again.json().path("request").path("id").asText()).isEqualTo(first);
        assertThat(again.json().path("serverNow").asText()).isNotBlank();
    }

    @Test
    void askingForAFreeLockOrOnesOwnIs409() {
        String id = server.appointment(alice);

        Response free = client.post(Appointments.path(id, "request-control"), bob.token(), null);
        server.acquire(alice, id);
        Response own = client.post(Appointments.path(id, "request-control"), alice.token(), null);

        assertThat(free.problemType()).isEqualTo("not-locked");
        assertThat(own.problemType()).isEqualTo("already-holder");
    }

    @Test
    void approvingMovesTheLockToTheRequesterWithANewToken() {
        String id = server.appointment(alice);
        long alicesToken = server.acquire(alice, id);
        String request = requestControl(bob, id);

        Response approved = client.post(answerPath(id, request, "approve"), alice.token(), null);

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("outcome").asText()).isEqualTo("granted");
        assertThat(approved.json().path("request").path("state").asText()).isEqualTo("granted");
        assertThat(approved.json().path("lock").path("holder").path("name").asText())
                .isEqualTo("Bob");
        JsonNode bobsView =
                client.get(Appointments.path(id, "lock-status"), bob.token()).json();
        assertThat(bobsView.path("lock").path("fencingToken").asLong()).isGreaterThan(alicesToken);
        JsonNode history =
                client.get(Appointments.path(id, "lock-history"), bob.token()).json();
        assertThat(history.path("items").findValuesAsText("action"))
                .containsExactly("acquired", "transferred", "acquired");
    }

    @Test
    void denyingKeepsTheLockWithTheHolder() {
        String id = server.appointment(alice);
        server.acquire(alice, id);
        String request = requestControl(bob, id);

        Response denied = client.post(answerPath(id, request, "deny"), alice.token(), null);
        Response approveAfterwards = client.post(answerPath(id, request, "approve"), alice.token(), null);

        assertThat(denied.status()).isEqualTo(200);
        assertThat(denied.json().path("outcome").asText()).isEqualTo("denied");
        assertThat(denied.json().path("request").path("state").asText()).isEqualTo("denied");
        assertThat(denied.json().path("lock").path("holder").path("name").asText())
                .isEqualTo("Alice");
        assertThat(approveAfterwards.status()).isEqualTo(409);
        assertThat(approveAfterwards.problemType()).isEqualTo("request-not-open");
        assertThat(approveAfterwards.json().path("request").path("state").asText())
                .isEqualTo("denied");
    }

    @Test
    void onlyTheHolderAnswers() {
        String id = server.appointment(alice);
        server.acquire(alice, id);
        String request = requestControl(bob, id);

        Response byCarol = client.post(answerPath(id, request, "approve"), carol.token(), null);

        assertThat(byCarol.status()).isEqualTo(409);
        assertThat(byCarol.problemType()).isEqualTo("not-lock-holder");
        assertThat(byCarol.json().path("holder").path("name").asText()).isEqualTo("Alice");
    }

    @Test
    void anUnknownRequestIs404AndABadRequestIdIs400() {
        String id = server.appointment(alice);
        server.acquire(alice, id);

        Response unknown =
                client.post(answerPath(id, "0f8fad5b-d9cb-469f-a165-70867728950e", "approve"), alice.token(), null);
        Response malformed = client.post(answerPath(id, "not-a-uuid", "deny"), alice.token(), null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("control-request-not-found");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("violations").get(0).path("field").asText())
                .isEqualTo("requestId");
    }

    private String requestControl(Caller who, String id) {
        Response requested = client.post(Appointments.path(id, "request-control"), who.token(), null);
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        return requested.json().path("request").path("id").asText();
    }

    private static String answerPath(String appointment, String request, String answer) {
        return Appointments.path(appointment, "request-control/" + request + "/" + answer);
    }
}
