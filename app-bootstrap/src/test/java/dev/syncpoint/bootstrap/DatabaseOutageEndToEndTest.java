package dev.syncpoint.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on a PostgreSQL it was pointed at with {@code DATABASE_URL}: when that database goes away the
 * API answers 503 with a problem, never a hang or a 500, and it recovers by itself when the database is back.
 */
class DatabaseOutageEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path serverData;

    @TempDir
    Path databaseData;

    private EmbeddedPostgres database;
    private SyncPointServer server;

    @AfterEach
    void stopEverything() throws IOException {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anUnreachableDatabaseIs503AndTheServerRecoversWhenItIsBack() throws Exception {
        database = startDatabase(0);
        int databasePort = database.getPort();
        server = SyncPointServer.start(ServerSettings.fromEnvironment(Map.of(
                "PORT",
                "0",
                "DATA_DIR",
                serverData.toString(),
                "DATABASE_URL",
                "postgres://postgres:postgres@127.0.0.1:" + databasePort + "/postgres")));
        HttpCalls http = new HttpCalls(server.port());
        DemoData.Account alice = server.demoAccounts().get(0);
        String token = http.signIn(alice.email(), alice.password());

        database.close();
        database = null;
        HttpCalls.Answer duringOutage = http.get("/api/v1/appointments", token);
        int healthDuringOutage = http.get("/health", null).status();
        database = startDatabase(databasePort);
        int afterRecovery =
                eventually(() -> http.get("/api/v1/appointments", token).status(), 200);

        assertThat(duringOutage.status()).isEqualTo(503);
        assertThat(duringOutage.body().path("type").asText()).isEqualTo("urn:syncpoint:problem:store-unavailable");
        assertThat(duringOutage.header("Retry-After")).isNotBlank();
        assertThat(healthDuringOutage).isEqualTo(503);
        assertThat(afterRecovery).isEqualTo(200);
    }

    private EmbeddedPostgres startDatabase(int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(databaseData)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1");
        if (port != 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** Polls until the answer is {@code wanted} or patience runs out, and answers the last one seen. */
    private static int eventually(IntSupplier answer, int wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        int last = answer.getAsInt();
        while (last != wanted && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            last = answer.getAsInt();
        }
        return last;
    }
}
