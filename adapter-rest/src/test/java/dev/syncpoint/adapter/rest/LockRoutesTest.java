package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockRoutesTest {

    private static final String UNKNOWN = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private final TestServer server = TestServer.start();
    private final ApiClient client = server.client();
    private final Caller alice = server.signUp("Alice");
    private final Caller bob = server.signUp("Bob");
    private final Caller admin = server.admin("Ada Admin");

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aFreeAppointmentIsGrantedVersionOneWithAFencingTokenAndTheServersTime() {
        String id = server.appointment(alice);

        Response acquired = post(alice, id, "acquire-lock", null);

        assertThat(acquired.status()).isEqualTo(200);
        JsonNode body = acquired.json();
        assertThat(body.path("outcome").asText()).isEqualTo("acquired");
        assertThat(body.path("lock").path("version").asLong()).isEqualTo(1);
        assertThat(body.path("lock").path("fencingToken").asLong()).isEqualTo(1);
        assertThat(body.path("lock").path("holder").path("name").asText()).isEqualTo("Alice");
        Instant serverNow = Instant.parse(body.path("serverNow").asText());
        Instant expiresAt = Instant.parse(body.path("lock").path("expiresAt").asText());
        assertThat(Duration.between(serverNow, expiresAt)).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void theHoldersSecondAcquireRenewsWithTheSameToken() {
        String id = server.appointment(alice);
        long token = server.acquire(alice, id);

        Response renewed = post(alice, id, "acquire-lock", TestJson.object("expectedVersion", 1));

        assertThat(renewed.json().path("outcome").asText()).isEqualTo("renewed");
        assertThat(renewed.json().path("lock").path("version").asLong()).isEqualTo(2);
        assertThat(renewed.json().path("lock").path("fencingToken").asLong()).isEqualTo(token);
    }

    @Test
    void someoneElsesAcquireIs409NamingTheHolderAndWhenTheLockEnds() {
        String id = server.appointment(alice);
        server.acquire(alice, id);

        Response refused = post(bob, id, "acquire-lock", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("held-by-other");
        JsonNode body = refused.json();
        assertThat(body.path("holder").path("name").asText()).isEqualTo("Alice");
        assertThat(body.path("holder").path("email").asText()).isEqualTo(alice.email());
        assertThat(body.path("holder").path("id").asText()).isEqualTo(alice.id());
        assertThat(body.path("lockVersion").asLong()).isEqualTo(1);
        assertThat(body.path("expiresAt").asText()).isNotBlank();
        assertThat(body.path("serverNow").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).startsWith("Alice holds the lock until");
    }

    @Test
    void aStaleExpectedVersionIs409WithBothVersions() {
        String id = server.appointment(alice);
        server.acquire(alice, id);
        post(alice, id, "heartbeat", null);

        Response conflict = post(alice, id, "acquire-lock", TestJson.object("expectedVersion", 1));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.problemType()).isEqualTo("version-conflict");
        assertThat(conflict.json().path("expectedVersion").asLong()).isEqualTo(1);
        assertThat(conflict.json().path("actualVersion").asLong()).isEqualTo(2);
        assertThat(conflict.json().path("holder").path("name").asText()).isEqualTo("Alice");
    }

    @Test
    void theStatusShowsTheHolderToEveryoneAndTheTokenToTheHolderAlone() {
        String id = server.appointment(alice);
        Response free = client.get(Appointments.path(id, "lock-status"), bob.token());
        long token = server.acquire(alice, id);

        JsonNode asAlice =
                client.get(Appointments.path(id, "lock-status"), alice.token()).json();
        JsonNode asBob =
                client.get(Appointments.path(id, "lock-status"), bob.token()).json();

        assertThat(free.json().path("locked").asBoolean()).isFalse();
        assertThat(free.json().path("lock").isNull()).isTrue();
        assertThat(free.json().path("serverNow").asText()).isNotBlank();
        assertThat(asAlice.path("lock").path("fencingToken").asLong()).isEqualTo(token);
        assertThat(asBob.path("locked").asBoolean()).isTrue();
        assertThat(asBob.path("lock").path("holder").path("name").asText()).isEqualTo("Alice");
        assertThat(asBob.path("lock").path("fencingToken").isNull()).isTrue();
    }

    @Test
    void aHeartbeatRenewsAndALostLockIsNeverGrantedAgain() {
        String id = server.appointment(alice);
        long token = server.acquire(alice, id);

        Response renewed = post(alice, id, "heartbeat", TestJson.object("fencingToken", token, "expectedVersion", 1));
        post(alice, id, "release-lock", null);
        Response lost = post(alice, id, "heartbeat", null);

        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.json().path("lock").path("version").asLong()).isEqualTo(2);
        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.problemType()).isEqualTo("lock-lost");
        assertThat(client.get(Appointments.path(id, "lock-status"), alice.token())
                        .json()
                        .path("locked")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aHeartbeatWithAnOldTokenIs409AndTouchesNothing() {
        String id = server.appointment(alice);
        long first = server.acquire(alice, id);
        post(alice, id, "release-lock", null);
        server.acquire(alice, id);

        Response stale = post(alice, id, "heartbeat", TestJson.object("fencingToken", first));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemType()).isEqualTo("stale-fencing-token");
    }

    @Test
    void releasingEndsTheLockWithHowLongItWasHeld() {
        String id = server.appointment(alice);
        long token = server.acquire(alice, id);

        Response released = post(alice, id, "release-lock", TestJson.object("fencingToken", token));

        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().path("outcome").asText()).isEqualTo("released");
        assertThat(released.json().path("lock").isNull()).isTrue();
        assertThat(released.json().path("ended").path("fencingToken").asLong()).isEqualTo(token);
        assertThat(released.json().path("heldForMillis").asLong()).isNotNegative();
    }

    @Test
    void onlyTheHolderReleasesAndAFreeLockHasNothingToRelease() {
        String id = server.appointment(alice);

        Response nothing = post(alice, id, "release-lock", null);
        server.acquire(alice, id);
        Response byBob = post(bob, id, "release-lock", null);

        assertThat(nothing.status()).isEqualTo(409);
        assertThat(nothing.problemType()).isEqualTo("not-locked");
        assertThat(byBob.status()).isEqualTo(409);
        assertThat(byBob.problemType()).isEqualTo("not-lock-holder");
        assertThat(byBob.json().path("holder").path("name").asText()).isEqualTo("Alice");
    }

    @Test
    void usersMayNotForceReleaseOrTakeOver() {
        String id = server.appointment(alice);
        server.acquire(alice, id);

        Response forceRelease = post(bob, id, "force-release-lock", null);
        Response takeover = post(bob, id, "admin-takeover", null);

        assertThat(forceRelease.status()).isEqualTo(403);
        assertThat(takeover.status()).isEqualTo(403);
        assertThat(client.get(Appointments.path(id, "lock-status"), bob.token())
                        .json()
                        .path("lock")
                        .path("holder")
                        .path("name")
                        .asText())
                .isEqualTo("Alice");
    }

    @Test
    void anAdminForceReleasesAnyonesLockWithAReason() {
        String id = server.appointment(alice);
        server.acquire(alice, id);

        Response released = post(admin, id, "force-release-lock", TestJson.object("reason", "left for lunch"));
        Response again = post(admin, id, "force-release-lock", null);

        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().path("outcome").asText()).isEqualTo("force_released");
        assertThat(released.json().path("ended").path("holder").path("name").asText())
                .isEqualTo("Alice");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("not-locked");
        JsonNode newest = client.get(Appointments.path(id, "lock-history"), admin.token())
                .json()
                .path("items")
                .get(0);
        assertThat(newest.path("action").asText()).isEqualTo("force_released");
        assertThat(newest.path("actor").path("name").asText()).isEqualTo("Ada Admin");
        assertThat(newest.path("reason").asText()).isEqualTo("left for lunch");
    }

    @Test
    void anAdminTakesOverInOneStepWithANewFencingToken() {
        String id = server.appointment(alice);
        long alicesToken = server.acquire(alice, id);

        Response takeover = post(admin, id, "admin-takeover", null);
        Response again = post(admin, id, "admin-takeover", null);

        assertThat(takeover.status()).isEqualTo(200);
        assertThat(takeover.json().path("outcome").asText()).isEqualTo("taken_over");
        assertThat(takeover.json().path("lock").path("holder").path("name").asText())
                .isEqualTo("Ada Admin");
        assertThat(takeover.json().path("lock").path("fencingToken").asLong()).isGreaterThan(alicesToken);
        assertThat(takeover.json().path("ended").path("holder").path("name").asText())
                .isEqualTo("Alice");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("already-holder");
    }

    @Test
    void aTakeoverTellsHowLongTheFormerLockWasHeldAsItsHistoryRowDoes() {
        String id = server.appointment(alice);
        server.acquire(alice, id);

        Response takeover = post(admin, id, "admin-takeover", null);

        JsonNode endedRow = client.get(Appointments.path(id, "lock-history") + "?action=force_released", admin.token())
                .json()
                .path("items")
                .get(0);
        assertThat(takeover.json().path("heldForMillis").isIntegralNumber()).isTrue();
        assertThat(takeover.json().path("heldForMillis").asLong())
                .isNotNegative()
                .isEqualTo(endedRow.path("heldForMillis").asLong());
    }

    @Test
    void everyLockRouteAnswers404ForAnUnknownAppointment() {
        List<String> actions =
                List.of("acquire-lock", "heartbeat", "release-lock", "force-release-lock", "admin-takeover");

        assertThat(client.get(Appointments.path(UNKNOWN, "lock-status"), alice.token())
                        .status())
                .isEqualTo(404);
        assertThat(actions).allSatisfy(action -> {
            Response response = post(admin, UNKNOWN, action, null);
            assertThat(response.status()).as(action).isEqualTo(404);
            assertThat(response.problemType()).isEqualTo("appointment-not-found");
            assertThat(response.json().path("serverNow").asText()).isNotBlank();
        });
    }

    @Test
    void lockNumbersMustBePositiveIntegers() {
        String id = server.appointment(alice);

        Response text = post(alice, id, "acquire-lock", "{\"expectedVersion\": \"1\"}");
        Response fraction = post(alice, id, "acquire-lock", "{\"expectedVersion\": 1.5}");
        Response zero = post(alice, id, "acquire-lock", TestJson.object("expectedVersion", 0));
        Response negativeToken = post(alice, id, "heartbeat", TestJson.object("fencingToken", -1));
        Response huge = post(alice, id, "acquire-lock", "{\"expectedVersion\": 123456789012345678901234567890}");
        Response tokenOnAcquire = post(alice, id, "acquire-lock", TestJson.object("fencingToken", 1));

        assertThat(text.json().path("detail").asText()).isEqualTo("expectedVersion must be an integer");
        assertThat(fraction.json().path("detail").asText()).isEqualTo("expectedVersion must be an integer");
        assertThat(zero.json().path("detail").asText()).isEqualTo("expectedVersion must be a positive integer");
        assertThat(negativeToken.json().path("detail").asText()).isEqualTo("fencingToken must be a positive integer");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().path("detail").asText()).contains("expectedVersion");
        assertThat(tokenOnAcquire.status()).isEqualTo(400);
        assertThat(List.of(text, fraction, zero, negativeToken, huge, tokenOnAcquire))
                .allSatisfy(response -> assertThat(response.status()).isEqualTo(400));
    }

    @Test
    void aNumberLongerThanTheParserReadsIsRefusedPlainly() {
        String id = server.appointment(alice);

        Response response = post(alice, id, "acquire-lock", "{\"expectedVersion\": " + "9".repeat(2_000) + "}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asText())
                .isEqualTo("a number in the body has too many digits to read");
    }

    @Test
    void aReasonOverItsLimitIs400() {
        String id = server.appointment(alice);
        server.acquire(alice, id);

        Response response = post(admin, id, "force-release-lock", TestJson.object("reason", "r".repeat(501)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asText()).isEqualTo("reason must be at most 500 characters");
    }

    private Response post(Caller who, String id, String action, String body) {
        return client.post(Appointments.path(id, action), who.token(), body);
    }
}
