package dev.syncpoint.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as {@code java -jar} starts it, in demo mode with its embedded PostgreSQL, on a free port:
 * demo data, a real lock flow over HTTP, fifty clients racing for one lock, and a restart on the same data.
 */
class ServerEndToEndTest {

    @TempDir
    Path dataDirectory;

    private SyncPointServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void demoModeSeedsThreeAccountsAndAWeekOfAppointmentsOnFirstStartOnly() throws IOException {
        server = start();
        List<DemoData.Account> accounts = server.demoAccounts();
        HttpCalls http = new HttpCalls(server.port());

        String token = http.signIn(accounts.get(0).email(), accounts.get(0).password());
        HttpCalls.Answer list = http.get("/api/v1/appointments", token);
        String databasePort = Files.readString(dataDirectory.resolve("postgres.port"));
        server.close();
        server = start();

        assertThat(accounts)
                .extracting(DemoData.Account::email)
                .containsExactly("alice@example.com", "bob@example.com", "admin@example.com");
        assertThat(list.body().get("items")).hasSize(5);
        assertThat(server.demoAccounts()).isEmpty();
        assertThat(new HttpCalls(server.port())
                        .get("/api/v1/auth/session", token)
                        .status())
                .as("a token from before the restart, signed with the kept demo secret")
                .isEqualTo(200);
        assertThat(Files.readString(dataDirectory.resolve("postgres.port")))
                .as("the embedded database listens where other nodes were told it does")
                .isEqualTo(databasePort);
    }

    @Test
    void aLockTakenBeforeARestartIsStillHeldAfterIt() {
        server = start();
        HttpCalls http = new HttpCalls(server.port());
        String alice = http.signIn("alice@example.com", password("alice@example.com"));
        String id = firstAppointment(http, alice);
        HttpCalls.Answer acquired = http.post("/api/v1/appointments/" + id + "/acquire-lock", alice, Map.of());

        server.close();
        server = start();
        HttpCalls after = new HttpCalls(server.port());
        HttpCalls.Answer status = after.get("/api/v1/appointments/" + id + "/lock-status", alice);

        assertThat(acquired.status()).isEqualTo(200);
        assertThat(status.body().toString()).contains("alice@example.com");
    }

    @Test
    void ofFiftyUsersAcquiringAtTheSameInstantExactlyOneWinsAndTheRestAreTold409() throws Exception {
        server = start();
        HttpCalls http = new HttpCalls(server.port());
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tokens.add(signUp(http, "racer" + i + "@example.org"));
        }
        String id = firstAppointment(http, tokens.get(0));
        ExecutorService clients = Executors.newFixedThreadPool(tokens.size());
        CountDownLatch go = new CountDownLatch(1);

        List<Future<Integer>> answers = new ArrayList<>();
        for (String token : tokens) {
            HttpCalls own = new HttpCalls(server.port());
            answers.add(clients.submit(() -> {
                go.await();
                return own.post("/api/v1/appointments/" + id + "/acquire-lock", token, Map.of())
                        .status();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        clients.shutdown();

        JsonNode history = http.get("/api/v1/appointments/" + id + "/lock-history", tokens.get(0))
                .body();
        JsonNode statistics = http.get("/api/v1/appointments/" + id + "/lock-statistics", tokens.get(0))
                .body();
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(49);
        assertThat(history.get("items").findValuesAsText("action")).containsExactly("acquired");
        assertThat(statistics.toString()).contains("\"conflicts\":49");
    }

    private static String signUp(HttpCalls http, String email) {
        HttpCalls.Answer answer = http.post(
                "/api/v1/auth/signup", null, Map.of("email", email, "name", "Racer", "password", "a long password"));
        assertThat(answer.status())
                .as("sign-up of %s: %s", email, answer.body())
                .isEqualTo(201);
        return answer.body().get("token").asText();
    }

    private SyncPointServer start() {
        return SyncPointServer.start(
                ServerSettings.fromEnvironment(Map.of("PORT", "0", "DATA_DIR", dataDirectory.toString())));
    }

    private String password(String email) {
        try {
            return java.nio.file.Files.readAllLines(dataDirectory.resolve(DemoData.CREDENTIALS_FILE)).stream()
                    .filter(line -> line.startsWith(email + " "))
                    .map(line -> line.split(" ")[1])
                    .findFirst()
                    .orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String firstAppointment(HttpCalls http, String token) {
        return http.get("/api/v1/appointments", token)
                .body()
                .get("items")
                .get(0)
                .get("id")
                .asText();
    }
}
