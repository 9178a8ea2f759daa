package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryRoutesTest {

    private final TestServer server = TestServer.start();
    private final ApiClient client = server.client();
    private final Caller alice = server.signUp("Alice");
    private final Caller bob = server.signUp("Bob");

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theHistoryListsEveryOwnershipNewestFirst() {
        String id = heldAndReleasedTwice();

        JsonNode history =
                client.get(Appointments.path(id, "lock-history"), bob.token()).json();

        assertThat(history.path("total").asLong()).isEqualTo(4);
        assertThat(history.path("items").findValuesAsText("action"))
                .containsExactly("released", "acquired", "released", "acquired");
        JsonNode newestGrant = history.path("items").get(1);
        assertThat(newestGrant.path("holder").path("name").asText()).isEqualTo("Bob");
        assertThat(newestGrant.path("grantKind").asText()).isEqualTo("acquire");
        assertThat(newestGrant.path("heldForMillis").isNull()).isTrue();
        assertThat(history.path("items").get(0).path("heldForMillis").asLong()).isNotNegative();
    }

    @Test
    void theHistoryFiltersByActionAndTimeAndPages() {
        String id = heldAndReleasedTwice();

        JsonNode grants = client.get(Appointments.path(id, "lock-history?action=acquired"), bob.token())
                .json();
        JsonNode future = client.get(Appointments.path(id, "lock-history?from=2100-01-01T00:00:00Z"), bob.token())
                .json();
        JsonNode page = client.get(Appointments.path(id, "lock-history?limit=1&offset=1"), bob.token())
                .json();

        assertThat(grants.path("items").findValuesAsText("action")).containsExactly("acquired", "acquired");
        assertThat(future.path("total").asLong()).isZero();
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("items").get(0).path("action").asText()).isEqualTo("acquired");
        assertThat(page.path("hasMore").asBoolean()).isTrue();
    }

    @Test
    void badFiltersAre400() {
        String id = server.appointment(alice);

        Response action = client.get(Appointments.path(id, "lock-history?action=stolen"), bob.token());
        Response reversed = client.get(
                Appointments.path(id, "lock-history?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z"), bob.token());

        assertThat(action.status()).isEqualTo(400);
        assertThat(action.json().path("detail").asText())
                .isEqualTo("action must be one of acquired, released, expired, force_released, transferred");
        assertThat(reversed.status()).isEqualTo(400);
    }

    @Test
    void statisticsCountActionsConflictsAndUsers() {
        String id = heldAndReleasedTwice();
        server.acquire(alice, id);
        client.post(Appointments.path(id, "acquire-lock"), bob.token(), null);

        JsonNode statistics = client.get(Appointments.path(id, "lock-statistics"), bob.token())
                .json();
        JsonNode overall = client.get("/api/v1/lock-statistics", bob.token()).json();

        assertThat(statistics.path("counts").path("acquired").asLong()).isEqualTo(3);
        assertThat(statistics.path("counts").path("released").asLong()).isEqualTo(2);
        assertThat(statistics.path("counts").path("expired").asLong()).isZero();
        assertThat(statistics.path("conflicts").asLong()).isEqualTo(1);
        assertThat(statistics.path("distinctUsers").asLong()).isEqualTo(2);
        assertThat(statistics.path("meanHoldMillis").isNumber()).isTrue();
        assertThat(overall.path("counts").path("acquired").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anAppointmentNeverLockedHasEmptyStatistics() {
        String id = server.appointment(alice);

        JsonNode statistics = client.get(Appointments.path(id, "lock-statistics"), bob.token())
                .json();

        assertThat(statistics.path("counts").path("acquired").asLong()).isZero();
        assertThat(statistics.path("meanHoldMillis").isNull()).isTrue();
        assertThat(statistics.path("p95HoldMillis").isNull()).isTrue();
    }

    @Test
    void aDeletedAppointmentKeepsItsHistoryAndAnUnknownOneHasAnEmptyPageNot404() {
        String deleted = server.appointment(alice);
        long token = server.acquire(alice, deleted);
        Response removed = client.delete(
                Appointments.path(deleted),
                alice.token(),
                "If-Match",
                "\"1\"",
                "X-Fencing-Token",
                Long.toString(token));
        String unknown = "0f8fad5b-d9cb-469f-a165-70867728950e";

        Response deletedHistory = client.get(Appointments.path(deleted, "lock-history"), bob.token());
        Response deletedStatistics = client.get(Appointments.path(deleted, "lock-statistics"), bob.token());
        Response unknownHistory = client.get(Appointments.path(unknown, "lock-history"), bob.token());
        Response unknownActivity = client.get(Appointments.path(unknown, "recent-activity"), bob.token());
        Response unknownUser = client.get("/api/v1/users/" + unknown + "/lock-history", bob.token());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(client.get(Appointments.path(deleted), bob.token()).status()).isEqualTo(404);
        assertThat(deletedHistory.status()).isEqualTo(200);
        assertThat(deletedHistory.json().path("items").findValuesAsText("action"))
                .containsExactly("released", "acquired");
        assertThat(deletedStatistics.json().path("counts").path("acquired").asLong())
                .isEqualTo(1);
        assertThat(List.of(unknownHistory, unknownActivity, unknownUser)).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().path("items")).isEmpty();
            assertThat(page.json().path("total").asLong()).isZero();
        });
    }

    @Test
    void recentActivityShowsTheNewestRowsOnly() {
        String id = heldAndReleasedTwice();

        JsonNode newestTwo = client.get(Appointments.path(id, "recent-activity?limit=2"), bob.token())
                .json();
        Response tooMany = client.get(Appointments.path(id, "recent-activity?limit=51"), bob.token());
        Response paged = client.get(Appointments.path(id, "recent-activity?offset=2"), bob.token());

        assertThat(newestTwo.path("items").findValuesAsText("action")).containsExactly("released", "acquired");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(paged.status()).isEqualTo(400);
    }

    @Test
    void aUsersHistoryHasTheLocksTheyHeld() {
        Caller dora = server.signUp("Dora");
        String id = server.appointment(alice);
        server.acquire(dora, id);
        client.post(Appointments.path(id, "release-lock"), dora.token(), null);

        JsonNode history = client.get("/api/v1/users/" + dora.id() + "/lock-history", alice.token())
                .json();
        Response badId = client.get("/api/v1/users/dora/lock-history", alice.token());

        assertThat(history.path("items").findValuesAsText("action")).containsExactly("released", "acquired");
        assertThat(history.path("items").findValuesAsText("appointmentId")).containsOnly(id);
        assertThat(badId.status()).isEqualTo(400);
    }

    @Test
    void theOverallHistoryHoldsEveryAppointmentsRowsAndTakesTheSameFilters() {
        String first = heldAndReleasedTwice();
        String second = heldAndReleasedTwice();

        JsonNode all = client.get("/api/v1/lock-history?limit=100", bob.token()).json();
        JsonNode grants = client.get("/api/v1/lock-history?action=acquired&limit=100", bob.token())
                .json();

        assertThat(all.path("items").findValuesAsText("appointmentId")).contains(first, second);
        assertThat(grants.path("items").findValuesAsText("action")).containsOnly("acquired");
    }

    /** Alice holds and releases, then Bob does; answers the appointment's id. */
    private String heldAndReleasedTwice() {
        String id = server.appointment(alice);
        server.acquire(alice, id);
        client.post(Appointments.path(id, "release-lock"), alice.token(), null);
        server.acquire(bob, id);
        client.post(Appointments.path(id, "release-lock"), bob.token(), null);
        return id;
    }
}
