package dev.syncpoint.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server nodes on one PostgreSQL, as DESIGN.md's "several server nodes" runs them: a watcher on one
 * node sees, live, what people do through the other. Both nodes share one data directory, so the second
 * reads the first's demo secret and accepts its tokens, the way the README starts a second node.
 */
class TwoNodeLiveEndToEndTest {

    @TempDir
    static Path data;

    private static EmbeddedPostgres database;
    private static SyncPointServer nodeA;
    private static SyncPointServer nodeB;
    private static HttpCalls httpA;
    private static HttpCalls httpB;
    private static String alice;
    private static String bob;
    private static String admin;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoNodes() throws IOException {
        database = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        String url = "postgres://postgres:postgres@127.0.0.1:" + database.getPort() + "/postgres";
        Map<String, String> shared = Map.of(
                "PORT", "0",
                "DATA_DIR", data.toString(),
                "DATABASE_URL", url,
                "LOCK_TTL", "10s",
                "LOCK_SWEEP_INTERVAL", "1s",
                "DISCONNECT_GRACE", "2s");
        nodeA = SyncPointServer.start(ServerSettings.fromEnvironment(shared));
        nodeB = SyncPointServer.start(ServerSettings.fromEnvironment(shared));
        httpA = new HttpCalls(nodeA.port());
        httpB = new HttpCalls(nodeB.port());

        List<DemoData.Account> accounts = nodeA.demoAccounts();
        alice = httpA.signIn(accounts.get(0).email(), accounts.get(0).password());
        bob = httpB.signIn(accounts.get(1).email(), accounts.get(1).password());
        admin = httpA.signIn(accounts.get(2).email(), accounts.get(2).password());
    }

    @AfterAll
    static void stopTwoNodes() throws IOException {
        for (AutoCloseable closing : new AutoCloseable[] {nodeB, nodeA, database}) {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (Exception e) {
                throw new IOException("could not stop " + closing, e);
            }
        }
    }

    @Test
    void aWatcherOnOneNodeSeesAnAcquireAndAnUpdateMadeOnTheOther() {
        String id = newAppointment();
        try (LiveSocket watcher = LiveSocket.signedIn(client, nodeB.port(), bob)) {
            watcher.subscribe(id);

            JsonNode acquired =
                    httpA.post(lockPath(id, "acquire-lock"), alice, Map.of()).body();
            JsonNode seen = watcher.await(frame -> LiveSocket.is(frame, "lock-acquired") && about(frame, id));
            long token = acquired.path("lock").path("fencingToken").asLong();
            HttpCalls.Answer updated = httpA.put(
                    "/api/v1/appointments/" + id,
                    alice,
                    Map.of(
                            "title", "Moved on node A",
                            "startDate", "2026-12-07T09:00:00Z",
                            "endDate", "2026-12-07T10:00:00Z"),
                    Map.of("If-Match", "\"1\"", "X-Fencing-Token", Long.toString(token)));
            JsonNode change = watcher.await(frame -> LiveSocket.is(frame, "appointment-updated") && about(frame, id));

            assertThat(seen.path("lock").path("holder").path("email").asText()).isEqualTo("alice@example.com");
            assertThat(seen.path("lock").path("fencingToken").isNull())
                    .as("a watcher who does not hold the lock never sees its fencing token")
                    .isTrue();
            assertThat(updated.status()).isEqualTo(200);
            assertThat(change.path("appointment").path("title").asText()).isEqualTo("Moved on node A");
        } finally {
            httpA.post(lockPath(id, "release-lock"), alice, Map.of());
        }
    }

    @Test
    void handOverCrossesNodes() {
        String id = newAppointment();
        try (LiveSocket holder = LiveSocket.signedIn(client, nodeA.port(), alice);
                LiveSocket requester = LiveSocket.signedIn(client, nodeB.port(), bob)) {
            holder.subscribe(id);
            requester.subscribe(id);
            httpA.post(lockPath(id, "acquire-lock"), alice, Map.of());

            HttpCalls.Answer asked = httpB.post(lockPath(id, "request-control"), bob, Map.of());
            JsonNode prompt = holder.await(frame -> LiveSocket.is(frame, "control-requested") && about(frame, id));
            String requestId = asked.body().path("request").path("id").asText();
            HttpCalls.Answer granted =
                    httpA.post(lockPath(id, "request-control/" + requestId + "/approve"), alice, Map.of());
            JsonNode outcome = requester.await(frame -> LiveSocket.is(frame, "control-granted") && about(frame, id));
            JsonNode holderSeen = holder.await(frame -> LiveSocket.is(frame, "control-granted") && about(frame, id));

            assertThat(asked.status()).isEqualTo(201);
            assertThat(prompt.toString()).contains("bob@example.com");
            assertThat(granted.status()).isEqualTo(200);
            assertThat(outcome.path("lock").path("holder").path("email").asText())
                    .isEqualTo("bob@example.com");
            assertThat(outcome.path("lock").path("fencingToken").asLong())
                    .as("the new holder is told the token they now save with")
                    .isPositive();
            assertThat(holderSeen.path("lock").path("fencingToken").isNull()).isTrue();
        } finally {
            httpB.post(lockPath(id, "release-lock"), bob, Map.of());
        }
    }

    @Test
    void anAdminTakeoverOnOneNodeTellsTheHolderOnTheOtherAtOnce() {
        String id = newAppointment();
        try (LiveSocket holder = LiveSocket.signedIn(client, nodeB.port(), bob)) {
            holder.subscribe(id);
            httpB.post(lockPath(id, "acquire-lock"), bob, Map.of());

            HttpCalls.Answer takeover =
                    httpA.post(lockPath(id, "admin-takeover"), admin, Map.of("reason", "Covering the desk"));
            JsonNode told = holder.await(frame -> LiveSocket.is(frame, "admin-takeover") && about(frame, id));

            assertThat(takeover.status()).isEqualTo(200);
            assertThat(told.toString()).contains("admin@example.com").contains("Covering the desk");
        } finally {
            httpA.post(lockPath(id, "release-lock"), admin, Map.of());
        }
    }

    @Test
    void presenceAndCursorsCrossNodes() {
        String id = newAppointment();
        try (LiveSocket onA = LiveSocket.signedIn(client, nodeA.port(), alice);
                LiveSocket onB = LiveSocket.signedIn(client, nodeB.port(), bob)) {
            onA.subscribe(id);
            onB.subscribe(id);

            JsonNode bothSeenOnA = onA.await(frame -> LiveSocket.is(frame, "presence")
                    && about(frame, id)
                    && watchers(frame).containsAll(List.of("alice@example.com", "bob@example.com")));
            onB.cursor(id, 0.25, 0.75);
            JsonNode cursor = onA.await(frame -> LiveSocket.is(frame, "cursor-update") && about(frame, id));
            onB.close();
            JsonNode afterLeaving = onA.await(frame -> LiveSocket.is(frame, "presence")
                    && about(frame, id)
                    && !watchers(frame).contains("bob@example.com"));

            assertThat(watchers(bothSeenOnA)).containsExactlyInAnyOrder("alice@example.com", "bob@example.com");
            assertThat(cursor.path("user").path("email").asText()).isEqualTo("bob@example.com");
            assertThat(cursor.path("x").asDouble()).isEqualTo(0.25);
            assertThat(cursor.path("y").asDouble()).isEqualTo(0.75);
            assertThat(watchers(afterLeaving)).containsExactly("alice@example.com");
        }
    }

    /** Both nodes sweep the same database every second; the expiry is announced once, not once per node. */
    @Test
    void anExpiryIsAnnouncedOnceThoughBothNodesSweep() throws InterruptedException {
        String id = newAppointment();
        try (LiveSocket watcher = LiveSocket.signedIn(client, nodeB.port(), bob)) {
            watcher.subscribe(id);
            httpA.post(lockPath(id, "acquire-lock"), alice, Map.of());

            JsonNode expired = watcher.await(frame -> LiveSocket.is(frame, "lock-released") && about(frame, id));
            List<JsonNode> later = watcher.drain(Duration.ofSeconds(4));

            assertThat(expired.path("reason").asText()).isEqualTo("expired");
            assertThat(later)
                    .as("frames after the first expiry announcement")
                    .noneMatch(frame -> LiveSocket.is(frame, "lock-released"));
        }
    }

    /** Rule 10 counts the holder's connections on every node, and releases once the last one is gone. */
    @Test
    void aHolderWatchingOnTheOtherNodeKeepsTheLockUntilTheirLastConnectionDrops() throws InterruptedException {
        String id = newAppointment();
        try (LiveSocket watcher = LiveSocket.signedIn(client, nodeB.port(), bob)) {
            watcher.subscribe(id);
            LiveSocket holderOnA = LiveSocket.signedIn(client, nodeA.port(), alice);
            LiveSocket holderOnB = LiveSocket.signedIn(client, nodeB.port(), alice);
            holderOnA.subscribe(id);
            holderOnB.subscribe(id);
            httpA.post(lockPath(id, "acquire-lock"), alice, Map.of());

            holderOnA.close();
            List<JsonNode> whileStillWatching = watcher.drain(Duration.ofSeconds(4));
            String holderAfterGrace = httpB.get(lockPath(id, "lock-status"), bob)
                    .body()
                    .path("lock")
                    .path("holder")
                    .path("email")
                    .asText();
            holderOnB.close();
            JsonNode released = watcher.await(frame -> LiveSocket.is(frame, "lock-released") && about(frame, id));

            assertThat(whileStillWatching).noneMatch(frame -> LiveSocket.is(frame, "lock-released"));
            assertThat(holderAfterGrace).isEqualTo("alice@example.com");
            assertThat(released.path("reason").asText()).isEqualTo("disconnected");
        } finally {
            httpA.post(lockPath(id, "release-lock"), alice, Map.of());
        }
    }

    /** Each test watches an appointment of its own, so no test sees another's events. */
    private static String newAppointment() {
        HttpCalls.Answer created = httpA.post(
                "/api/v1/appointments",
                alice,
                Map.of(
                        "title", "Two-node check",
                        "startDate", "2026-12-07T09:00:00Z",
                        "endDate", "2026-12-07T10:00:00Z"));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("id").asText();
    }

    private static String lockPath(String id, String action) {
        return "/api/v1/appointments/" + id + "/" + action;
    }

    private static boolean about(JsonNode frame, String appointmentId) {
        return appointmentId.equals(frame.path("appointmentId").asText());
    }

    private static List<String> watchers(JsonNode presence) {
        return presence.path("watchers").findValuesAsText("email");
    }
}
