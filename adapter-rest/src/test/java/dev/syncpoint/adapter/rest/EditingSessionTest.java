package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * One working day in a single story, as two people and an admin would live it over HTTP: the flow the
 * README shows with curl, end to end.
 */
class EditingSessionTest {

    @Test
    void twoEditorsAndAnAdminShareOneAppointmentWithoutOverwritingEachOther() {
        try (TestServer server = TestServer.start()) {
            ApiClient http = server.client();
            Caller alice = server.signUp("Alice");
            Caller bob = server.signUp("Bob");
            Caller admin = server.admin("Ada Admin");

            // Alice creates the appointment and opens it for editing.
            Response created = http.post("/api/v1/appointments", alice.token(), Appointments.json("Budget review"));
            String id = created.json().path("id").asText();
            String etag = created.header("ETag");
            long alicesToken = server.acquire(alice, id);

            // Bob opens it too and is told that Alice is editing.
            Response refused = http.post(Appointments.path(id, "acquire-lock"), bob.token(), null);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().path("holder").path("name").asText()).isEqualTo("Alice");

            // Alice saves with the version she read and her fencing token.
            Response saved = http.put(
                    Appointments.path(id),
                    alice.token(),
                    Appointments.json("Budget review, 2nd draft"),
                    "If-Match",
                    etag,
                    "X-Fencing-Token",
                    Long.toString(alicesToken));
            assertThat(saved.status()).isEqualTo(200);

            // Bob asks for control and Alice hands it over.
            Response asked = http.post(Appointments.path(id, "request-control"), bob.token(), null);
            String request = asked.json().path("request").path("id").asText();
            Response handed =
                    http.post(Appointments.path(id, "request-control/" + request + "/approve"), alice.token(), null);
            assertThat(handed.status()).isEqualTo(200);
            long bobsToken = http.get(Appointments.path(id, "lock-status"), bob.token())
                    .json()
                    .path("lock")
                    .path("fencingToken")
                    .asLong();

            // Alice, in a tab she forgot, can no longer write.
            Response late = http.put(
                    Appointments.path(id),
                    alice.token(),
                    Appointments.json("Alice's stale tab"),
                    "If-Match",
                    saved.header("ETag"),
                    "X-Fencing-Token",
                    Long.toString(alicesToken));
            assertThat(late.status()).isEqualTo(423);

            // Bob leaves for lunch; the admin takes over and deletes the appointment.
            Response takeover = http.post(Appointments.path(id, "admin-takeover"), admin.token(), null);
            long adminsToken = takeover.json().path("lock").path("fencingToken").asLong();
            Response deleted = http.delete(
                    Appointments.path(id),
                    admin.token(),
                    "If-Match",
                    saved.header("ETag"),
                    "X-Fencing-Token",
                    Long.toString(adminsToken));
            assertThat(deleted.status()).isEqualTo(204);

            // The audit history tells the whole story, newest first, and outlives the appointment.
            JsonNode history =
                    http.get(Appointments.path(id, "lock-history"), bob.token()).json();
            assertThat(history.path("items").findValuesAsText("action"))
                    .containsExactly("released", "acquired", "force_released", "acquired", "transferred", "acquired");
            assertThat(bobsToken).isGreaterThan(alicesToken);
            assertThat(adminsToken).isGreaterThan(bobsToken);
        }
    }
}
