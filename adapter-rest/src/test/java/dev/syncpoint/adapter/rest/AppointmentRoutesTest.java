package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppointmentRoutesTest {

    private final TestServer server = TestServer.start();
    private final ApiClient client = server.client();
    private final Caller alice = server.signUp("Alice");
    private final Caller bob = server.signUp("Bob");

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void creatingAnAppointmentAnswersItAtVersionOneWithItsLocationAndETag() {
        Response created = client.post("/api/v1/appointments", alice.token(), Appointments.json("Review"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.path("version").asLong()).isEqualTo(1);
        assertThat(body.path("startDate").asText()).isEqualTo(Appointments.START);
        assertThat(body.path("attendees")).hasSize(2);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("Location"))
                .isEqualTo("/api/v1/appointments/" + body.path("id").asText());
    }

    @Test
    void readingAnAppointmentGivesItsVersionAsETag() {
        String id = server.appointment(alice);

        Response read = client.get(Appointments.path(id), bob.token());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json().path("title").asText()).isEqualTo("Planning");
        assertThat(read.json().path("createdAt").asText()).endsWith("Z");
    }

    @Test
    void anUnknownAppointmentIs404AndABadIdIs400() {
        Response unknown = client.get(Appointments.path("0f8fad5b-d9cb-469f-a165-70867728950e"), alice.token());
        Response malformed = client.get(Appointments.path("1-2-3-4-5"), alice.token());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("appointment-not-found");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("detail").asText())
                .contains("id must be a UUID")
                .contains("'1-2-3-4-5'");
    }

    @Test
    void theListIsPagedWithACappedLimit() {
        for (int i = 0; i < 3; i++) {
            server.appointment(alice);
        }

        Response firstTwo = client.get("/api/v1/appointments?limit=2", alice.token());
        Response tooMany = client.get("/api/v1/appointments?limit=101", alice.token());
        Response negative = client.get("/api/v1/appointments?offset=-1", alice.token());
        Response notANumber = client.get("/api/v1/appointments?limit=ten", alice.token());

        assertThat(firstTwo.status()).isEqualTo(200);
        assertThat(firstTwo.json().path("items")).hasSize(2);
        assertThat(firstTwo.json().path("limit").asInt()).isEqualTo(2);
        assertThat(firstTwo.json().path("hasMore").asBoolean()).isTrue();
        assertThat(firstTwo.json().path("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("detail").asText()).isEqualTo("limit must be an integer from 1 to 100");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(notANumber.status()).isEqualTo(400);
    }

    @Test
    void theDateRangeFindsOverlappingAppointmentsAndChecksItsBounds() {
        Map<String, Object> later = Appointments.fields("Far future");
        later.put("startDate", "2040-02-01T10:00:00Z");
        later.put("endDate", "2040-02-01T11:00:00Z");
        client.post("/api/v1/appointments", alice.token(), TestJson.write(later));

        Response inRange = client.get(
                "/api/v1/appointments/date-range?from=2040-02-01T10:30:00%2B00:00&to=2040-02-02T00:00:00Z",
                alice.token());
        Response plusAsSpace = client.get(
                "/api/v1/appointments/date-range?from=2040-02-01T11:30:00+01:00&to=2040-02-02T00:00:00Z",
                alice.token());
        Response missing = client.get("/api/v1/appointments/date-range?from=2040-02-01T00:00:00Z", alice.token());
        Response reversed = client.get(
                "/api/v1/appointments/date-range?from=2040-02-02T00:00:00Z&to=2040-02-01T00:00:00Z", alice.token());
        Response noOffset = client.get(
                "/api/v1/appointments/date-range?from=2040-02-01T00:00:00&to=2040-02-02T00:00:00Z", alice.token());

        assertThat(inRange.json().path("items").findValuesAsText("title")).containsExactly("Far future");
        assertThat(plusAsSpace.json().path("items").findValuesAsText("title")).containsExactly("Far future");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("detail").asText()).startsWith("to is required");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().path("detail").asText()).isEqualTo("from must be before to");
        assertThat(noOffset.status()).isEqualTo(400);
        assertThat(noOffset.json().path("detail").asText()).contains("ISO-8601 date-time with an offset");
    }

    @Test
    void theHolderChangesTheAppointmentWithIfMatchAndTheFencingToken() {
        String id = server.appointment(alice);
        long token = server.acquire(alice, id);

        Response changed = update(alice, id, "\"1\"", token, Appointments.json("Planning, moved"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(changed.json().path("title").asText()).isEqualTo("Planning, moved");
        assertThat(client.get(Appointments.path(id), bob.token()).header("ETag"))
                .isEqualTo("\"2\"");
    }

    @Test
    void aWeakETagNeverMatchesSoNothingIsSaved() {
        String id = server.appointment(alice);
        long token = server.acquire(alice, id);

        Response changed = update(alice, id, "W/\"1\"", token, Appointments.json("Weakly tagged"));
        Response deleted = client.delete(
                Appointments.path(id), alice.token(), "If-Match", "W/\"1\"", "X-Fencing-Token", Long.toString(token));

        assertThat(changed.status()).isEqualTo(412);
        assertThat(changed.problemType()).isEqualTo("weak-entity-tag");
        assertThat(changed.json().path("detail").asText())
                .isEqualTo("If-Match W/\"1\" is a weak entity tag, and If-Match compares tags strongly (RFC 9110),"
                        + " so a weak tag never matches; send the ETag exactly as you read it, such as \"1\"");
        assertThat(deleted.status()).isEqualTo(412);
        Response read = client.get(Appointments.path(id), alice.token());
        assertThat(read.json().path("title").asText()).isEqualTo("Planning");
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aChangeWithoutIfMatchIs428() {
        String id = server.appointment(alice);
        long token = server.acquire(alice, id);

        Response response = client.put(
                Appointments.path(id),
                alice.token(),
                Appointments.json("No precondition"),
                "X-Fencing-Token",
                Long.toString(token));

        assertThat(response.status()).isEqualTo(428);
        assertThat(response.problemType()).isEqualTo("precondition-required");
    }

    @Test
    void anIfMatchThatIsNotOneETagIs400() {
        String id = server.appointment(alice);
        long token = server.acquire(alice, id);

        Map<String, String> unusable = Map.of(
                "*", "If-Match: * is not accepted: a change must name the version it was based on, such as \"3\"",
                "\"1\", \"2\"", "If-Match must name one ETag, the one you read, such as \"3\"; a list is not accepted",
                "\"1\", W/\"1\"",
                        "If-Match must name one ETag, the one you read, such as \"3\"; a list is not accepted",
                "1", "If-Match must be the ETag you read, such as \"3\"",
                "\"one\"", "If-Match must be the ETag you read, such as \"3\"",
                "\"0\"", "If-Match must be the ETag you read, such as \"3\"");

        assertThat(unusable).allSatisfy((ifMatch, detail) -> {
            Response response = update(alice, id, ifMatch, token, Appointments.json("x"));
            assertThat(response.status()).as(ifMatch).isEqualTo(400);
            assertThat(response.json().path("violations").get(0).path("field").asText())
                    .isEqualTo("If-Match");
            assertThat(response.json().path("detail").asText()).as(ifMatch).isEqualTo(detail);
        });
        assertThat(client.get(Appointments.path(id), alice.token()).header("ETag"))
                .isEqualTo("\"1\"");
    }

    @Test
    void aChangeWithoutTheFencingTokenIs400NamingTheHeader() {
        String id = server.appointment(alice);
        server.acquire(alice, id);

        Response missing =
                client.put(Appointments.path(id), alice.token(), Appointments.json("x"), "If-Match", "\"1\"");
        Response negative = update(alice, id, "\"1\"", -4, Appointments.json("x"));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("violations").get(0).path("field").asText())
                .isEqualTo("X-Fencing-Token");
        assertThat(negative.status()).isEqualTo(400);
    }

    @Test
    void aChangeByWhoeverDoesNotHoldTheLockIs423NamingTheHolder() {
        String id = server.appointment(alice);
        long token = server.acquire(alice, id);

        Response byBob = update(bob, id, "\"1\"", token, Appointments.json("Bob's version"));

        assertThat(byBob.status()).isEqualTo(423);
        assertThat(byBob.problemType()).isEqualTo("edit-lock-required");
        assertThat(byBob.json().path("holder").path("name").asText()).isEqualTo("Alice");
        assertThat(byBob.json().path("expiresAt").asText()).isNotBlank();
        assertThat(byBob.json().path("serverNow").asText()).isNotBlank();
        assertThat(byBob.json().has("fencingToken")).isFalse();
    }

    @Test
    void aChangeToAnUnlockedAppointmentIs423() {
        String id = server.appointment(alice);

        Response response = update(alice, id, "\"1\"", 1, Appointments.json("Without a lock"));

        assertThat(response.status()).isEqualTo(423);
        assertThat(response.json().path("detail").asText()).contains("acquire it");
    }

    @Test
    void aChangeWithTheTokenOfAnEndedLockIs409() {
        String id = server.appointment(alice);
        long first = server.acquire(alice, id);
        client.post(Appointments.path(id, "release-lock"), alice.token(), null);
        long second = server.acquire(alice, id);

        Response stale = update(alice, id, "\"1\"", first, Appointments.json("From an old tab"));

        assertThat(second).isGreaterThan(first);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemType()).isEqualTo("stale-fencing-token");
        assertThat(stale.json().path("presentedFencingToken").asLong()).isEqualTo(first);
        assertThat(stale.json().path("detail").asText())
                .isEqualTo("fencing token " + first + " belongs to a lock that has ended; the live lock, held by"
                        + " Alice, has a newer one");
    }

    @Test
    void aFencingTokenNeverIssuedIsNotCalledTheTokenOfAnEndedLock() {
        String id = server.appointment(alice);
        long first = server.acquire(alice, id);
        client.post(Appointments.path(id, "release-lock"), alice.token(), null);
        long live = server.acquire(alice, id);
        long neverIssued = live + 1;

        Response wrong = client.delete(
                Appointments.path(id),
                alice.token(),
                "If-Match",
                "\"1\"",
                "X-Fencing-Token",
                Long.toString(neverIssued));

        assertThat(live).isEqualTo(first + 1);
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.problemType()).isEqualTo("stale-fencing-token");
        assertThat(wrong.json().path("presentedFencingToken").asLong()).isEqualTo(neverIssued);
        assertThat(wrong.json().path("detail").asText())
                .isEqualTo("fencing token " + neverIssued + " does not belong to the live lock, held by Alice, and"
                        + " was never issued for this appointment; send the fencingToken of your acquire-lock answer")
                .doesNotContain("ended");
        assertThat(client.get(Appointments.path(id), alice.token()).status()).isEqualTo(200);
    }

    @Test
    void aChangeAgainstAnOlderVersionIs412WithBothVersions() {
        String id = server.appointment(alice);
        long token = server.acquire(alice, id);
        update(alice, id, "\"1\"", token, Appointments.json("Second"));

        Response stale = update(alice, id, "\"1\"", token, Appointments.json("Third, from stale data"));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problemType()).isEqualTo("stale-appointment-version");
        assertThat(stale.json().path("expectedVersion").asLong()).isEqualTo(1);
        assertThat(stale.json().path("actualVersion").asLong()).isEqualTo(2);
    }

    @Test
    void deletingNeedsTheSamePreconditionsAndEndsTheLock() {
        String id = server.appointment(alice);
        long token = server.acquire(alice, id);

        Response withoutIfMatch =
                client.delete(Appointments.path(id), alice.token(), "X-Fencing-Token", Long.toString(token));
        Response byBob = client.delete(
                Appointments.path(id), bob.token(), "If-Match", "\"1\"", "X-Fencing-Token", Long.toString(token));
        Response deleted = client.delete(
                Appointments.path(id), alice.token(), "If-Match", "\"1\"", "X-Fencing-Token", Long.toString(token));

        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(byBob.status()).isEqualTo(423);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(client.get(Appointments.path(id), alice.token()).status()).isEqualTo(404);
        JsonNode history =
                client.get(Appointments.path(id, "lock-history"), alice.token()).json();
        assertThat(history.path("items").findValuesAsText("action")).containsExactly("released", "acquired");
    }

    @Test
    void anInvalidAppointmentListsEveryFault() {
        Map<String, Object> fields = Appointments.fields("x".repeat(201));
        fields.put("endDate", Appointments.START);
        fields.put("status", "postponed");
        fields.put("attendees", List.of("alice@example.test", " "));

        Response response = client.post("/api/v1/appointments", alice.token(), TestJson.write(fields));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("violations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("status", "title", "endDate", "attendees[1]");
        assertThat(response.json().path("detail").asText())
                .contains("title must be at most 200 characters")
                .contains("startDate must be before endDate")
                .contains("status must be one of scheduled, completed, cancelled");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        Response response = client.post("/api/v1/appointments", alice.token(), TestJson.object("description", "?"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("violations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("title", "startDate", "endDate");
    }

    @Test
    void aDateWithoutOffsetIsRefusedOnceWithTheExpectedForm() {
        Map<String, Object> fields = Appointments.fields("Local time");
        fields.put("startDate", "2031-05-01T09:00:00");

        Response response = client.post("/api/v1/appointments", alice.token(), TestJson.write(fields));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("violations")).hasSize(1);
        assertThat(response.json().path("detail").asText())
                .isEqualTo("startDate must be an ISO-8601 date-time with an offset, such as 2027-01-11T09:00:00+01:00");
    }

    @Test
    void valuesOfTheWrongJsonTypeAreRefusedNotConverted() {
        Map<String, String> wrongTypes = Map.of(
                "{\"title\": 42, \"startDate\": \"" + Appointments.START + "\", \"endDate\": \"" + Appointments.END
                        + "\"}",
                "title must be a string",
                "{\"title\": \"T\", \"startDate\": 1700000000, \"endDate\": \"" + Appointments.END + "\"}",
                "startDate must be a string",
                "{\"title\": \"T\", \"attendees\": \"bob@example.test\"}",
                "attendees must be an array",
                "{\"title\": \"T\", \"attendees\": [\"a\", 7]}",
                "attendees[1] must be a string",
                "{\"title\": {\"text\": \"T\"}}",
                "title must be a string");

        assertThat(wrongTypes).allSatisfy((body, detail) -> {
            Response response = client.post("/api/v1/appointments", alice.token(), body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().path("detail").asText()).as(body).isEqualTo(detail);
        });
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBreaks() {
        Map<String, String> broken = Map.of(
                "{\"title\": \"T\",", "malformed-json",
                "{\"title\": \"T\"} trailing", "malformed-json",
                "{\"title\": \"A\", \"title\": \"B\"}", "malformed-json",
                "not json at all", "malformed-json",
                "[1, 2]", "invalid-request",
                "null", "invalid-request",
                "", "invalid-request");

        assertThat(broken).allSatisfy((body, type) -> {
            Response response = client.post("/api/v1/appointments", alice.token(), body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.problemType()).as(body).isEqualTo(type);
            assertThat(response.body()).doesNotContain("com.fasterxml").doesNotContain("Exception");
        });
    }

    @Test
    void theLineAndColumnOfASyntaxErrorAreGiven() {
        Response response = client.post("/api/v1/appointments", alice.token(), "{\n  \"title\": \"T\",,\n}");

        assertThat(response.json().path("detail").asText())
                .startsWith("the body is not valid JSON at line 2, column 16");
    }

    private Response update(Caller who, String id, String ifMatch, long token, String body) {
        return client.put(
                Appointments.path(id), who.token(), body, "If-Match", ifMatch, "X-Fencing-Token", Long.toString(token));
    }
}
