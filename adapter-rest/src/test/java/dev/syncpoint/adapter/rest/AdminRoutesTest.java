package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminRoutesTest {

    private final TestServer server = TestServer.start();
    private final ApiClient client = server.client();
    private final Caller alice = server.signUp("Alice");
    private final Caller admin = server.admin("Ada Admin");

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void anAdminSeesEveryLiveLockPaged() {
        String first = server.appointment(alice);
        String second = server.appointment(alice);
        server.acquire(alice, first);
        server.acquire(alice, second);

        JsonNode all =
                client.get("/api/v1/admin/locks?limit=100", admin.token()).json();
        JsonNode one = client.get("/api/v1/admin/locks?limit=1", admin.token()).json();

        assertThat(all.path("items").findValuesAsText("appointmentId")).contains(first, second);
        assertThat(all.path("items").get(0).path("fencingToken").isNull()).isTrue();
        assertThat(one.path("items")).hasSize(1);
        assertThat(one.path("hasMore").asBoolean()).isTrue();
        assertThat(one.path("total").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void usersGet403OnEveryAdminRoute() {
        Response locks = client.get("/api/v1/admin/locks", alice.token());
        Response cleanup =
                client.post("/api/v1/admin/cleanup-history", alice.token(), TestJson.object("olderThanDays", 30));

        assertThat(locks.status()).isEqualTo(403);
        assertThat(cleanup.status()).isEqualTo(403);
        assertThat(cleanup.problemType()).isEqualTo("forbidden");
    }

    @Test
    void cleanupDeletesRowsBeforeTheCutoffButKeepsTheGrantOfALockStillHeld() {
        String released = server.appointment(alice);
        server.acquire(alice, released);
        client.post(Appointments.path(released, "release-lock"), alice.token(), null);
        String held = server.appointment(alice);
        server.acquire(alice, held);
        String tomorrow = Instant.now().plus(Duration.ofDays(1)).toString();

        Response cleaned =
                client.post("/api/v1/admin/cleanup-history", admin.token(), TestJson.object("olderThan", tomorrow));

        assertThat(cleaned.status()).isEqualTo(200);
        assertThat(cleaned.json().path("deleted").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(cleaned.json().path("cutoff").asText()).isEqualTo(tomorrow);
        assertThat(client.get(Appointments.path(released, "lock-history"), admin.token())
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
        assertThat(client.get(Appointments.path(held, "lock-history"), admin.token())
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aCutoffInDaysCountsBackFromNowAndKeepsRecentRows() {
        String id = server.appointment(alice);
        server.acquire(alice, id);
        client.post(Appointments.path(id, "release-lock"), alice.token(), null);

        Response cleaned =
                client.post("/api/v1/admin/cleanup-history", admin.token(), TestJson.object("olderThanDays", 1));

        assertThat(cleaned.status()).isEqualTo(200);
        assertThat(Instant.parse(cleaned.json().path("cutoff").asText())).isBefore(Instant.now());
        assertThat(client.get(Appointments.path(id, "lock-history"), admin.token())
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void theCutoffMustBeGivenOnceAndWell() {
        Response neither = client.post("/api/v1/admin/cleanup-history", admin.token(), "{}");
        Response both = client.post(
                "/api/v1/admin/cleanup-history",
                admin.token(),
                TestJson.object("olderThan", "2030-01-01T00:00:00Z", "olderThanDays", 3));
        Response zeroDays =
                client.post("/api/v1/admin/cleanup-history", admin.token(), TestJson.object("olderThanDays", 0));
        Response badDate =
                client.post("/api/v1/admin/cleanup-history", admin.token(), TestJson.object("olderThan", "yesterday"));

        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.json().path("detail").asText()).isEqualTo("give exactly one of olderThan and olderThanDays");
        assertThat(both.status()).isEqualTo(400);
        assertThat(zeroDays.json().path("detail").asText()).isEqualTo("olderThanDays must be from 1 to 36500");
        assertThat(badDate.json().path("violations").get(0).path("field").asText())
                .isEqualTo("olderThan");
    }
}
