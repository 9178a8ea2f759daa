package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syncpoint.application.contract.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminRoutesTest {

    private final MutableClock clock = MutableClock.startingAt(Instant.now());
    private final TestServer server = TestServer.with().clock(clock).start();
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
        Response acquired = client.post(Appointments.path(held, "acquire-lock"), alice.token(), null);
        String cutoff = serverClockPast(
                        Instant.parse(acquired.json().path("serverNow").asText()))
                .toString();

        Response cleaned =
                client.post("/api/v1/admin/cleanup-history", admin.token(), TestJson.object("olderThan", cutoff));

        assertThat(cleaned.status()).as(cleaned.toString()).isEqualTo(200);
        assertThat(cleaned.json().path("deleted").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(cleaned.json().path("cutoff").asText()).isEqualTo(cutoff);
        assertThat(historyTotal(released)).isZero();
        assertThat(historyTotal(held)).isEqualTo(1);
    }

    @Test
    void aCutoffLaterThanTheServersNowIsRefusedAndDeletesNothing() {
        String id = server.appointment(alice);
        server.acquire(alice, id);
        client.post(Appointments.path(id, "release-lock"), alice.token(), null);
        Instant now = clock.instant();

        Response future = client.post(
                "/api/v1/admin/cleanup-history", admin.token(), TestJson.object("olderThan", "2999-01-01T00:00:00Z"));
        Response aSecondAhead = client.post(
                "/api/v1/admin/cleanup-history",
                admin.token(),
                TestJson.object("olderThan", now.plusSeconds(1).toString()));

        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("violations").get(0).path("field").asText())
                .isEqualTo("olderThan");
        assertThat(future.json().path("detail").asText())
                .isEqualTo("olderThan must not be in the future: 2999-01-01T00:00:00Z is later than the server's"
                        + " time now, " + now + ", and would delete history that is not old");
        assertThat(aSecondAhead.status()).isEqualTo(400);
        assertThat(historyTotal(id)).isEqualTo(2);
    }

    @Test
    void aNegativeOrZeroNumberOfDaysIsRefused() {
        List<Integer> days = List.of(-1, 0, -36_500, 36_501);

        assertThat(days).allSatisfy(value -> {
            Response response = client.post(
                    "/api/v1/admin/cleanup-history", admin.token(), TestJson.object("olderThanDays", value));
            assertThat(response.status()).as("olderThanDays %d", value).isEqualTo(400);
            assertThat(response.json().path("detail").asText()).isEqualTo("olderThanDays must be from 1 to 36500");
        });
    }

    @Test
    void aUserIsRefusedWithoutTheBodyBeingRead() {
        String id = server.appointment(alice);
        List<String> bodies = List.of("", "{", "[]", "{\"olderThan\": \"2999-01-01T00:00:00Z\"}", "{\"reason\": 7}");
        List<String> adminRoutes = List.of(
                "/api/v1/admin/cleanup-history",
                Appointments.path(id, "force-release-lock"),
                Appointments.path(id, "admin-takeover"));

        for (String route : adminRoutes) {
            assertThat(bodies).allSatisfy(body -> {
                Response response = client.post(route, alice.token(), body.isEmpty() ? null : body);
                assertThat(response.status()).as(route + " " + body).isEqualTo(403);
                assertThat(response.problemType()).isEqualTo("forbidden");
            });
        }
    }

    @Test
    void aCutoffInDaysCountsBackFromNowAndKeepsRecentRows() {
        String id = server.appointment(alice);
        server.acquire(alice, id);
        client.post(Appointments.path(id, "release-lock"), alice.token(), null);

        Response cleaned =
                client.post("/api/v1/admin/cleanup-history", admin.token(), TestJson.object("olderThanDays", 1));

        assertThat(cleaned.status()).isEqualTo(200);
        assertThat(Instant.parse(cleaned.json().path("cutoff").asText()))
                .isEqualTo(clock.instant().minus(Duration.ofDays(1)));
        assertThat(historyTotal(id)).isEqualTo(2);
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

    /** Moves the server's clock, which stands still, just past {@code storeTime}, and answers it. */
    private Instant serverClockPast(Instant storeTime) {
        Duration behind = Duration.between(clock.instant(), storeTime.plusMillis(1));
        return behind.isNegative() ? clock.instant() : clock.advance(behind);
    }

    private long historyTotal(String appointmentId) {
        return client.get(Appointments.path(appointmentId, "lock-history"), admin.token())
                .json()
                .path("total")
                .asLong();
    }
}
