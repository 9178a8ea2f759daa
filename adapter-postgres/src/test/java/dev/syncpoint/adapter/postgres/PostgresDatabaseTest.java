package dev.syncpoint.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresDatabaseTest {

    private static TestSchema schema;

    @BeforeAll
    static void openSchema() {
        schema = TestDatabase.freshSchema(settings -> settings.withStatementTimeout(Duration.ofMillis(1500)));
    }

    @AfterAll
    static void dropSchema() {
        schema.close();
    }

    @Test
    void migrationsCreateEveryTableInTheSchemaItWasGiven() {
        List<String> tables = schema.database()
                .jdbi()
                .withHandle(handle -> handle.createQuery("""
                        SELECT table_name
                        FROM information_schema.tables
                        WHERE table_schema = :schema
                        ORDER BY table_name
                        """)
                        .bind("schema", schema.name())
                        .mapTo(String.class)
                        .list());

        assertThat(tables)
                .contains(
                        "appointments",
                        "control_requests",
                        "flyway_schema_history",
                        "lock_history",
                        "lock_slots",
                        "locks",
                        "users");
    }

    @Test
    void everyPooledConnectionCarriesTheServerSideTimeouts() {
        List<String> limits = schema.database()
                .jdbi()
                .withHandle(handle -> List.of(
                        handle.createQuery("SHOW statement_timeout")
                                .mapTo(String.class)
                                .one(),
                        handle.createQuery("SHOW lock_timeout")
                                .mapTo(String.class)
                                .one(),
                        handle.createQuery("SHOW idle_in_transaction_session_timeout")
                                .mapTo(String.class)
                                .one()));

        assertThat(limits).containsExactly("1500ms", "3s", "30s");
    }

    @Test
    void reopeningAMigratedSchemaAppliesNothingTwice() {
        long appliedBefore = appliedMigrations(schema.database());

        try (PostgresDatabase again = PostgresDatabase.open(schema.database().settings())) {
            assertThat(appliedMigrations(again)).isEqualTo(appliedBefore).isPositive();
        }
    }

    @Test
    void aServerThatRefusesConnectionsIsReportedAsUnavailable() throws IOException {
        int closedPort = portWithNothingListening();
        PostgresSettings nowhere = PostgresSettings.of(
                        "jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres", "postgres", "secret")
                .withConnectionTimeout(Duration.ofMillis(500));

        assertThatThrownBy(() -> PostgresDatabase.open(nowhere))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageNotContaining("secret");
    }

    @Test
    void settingsNeverShowThePassword() {
        PostgresSettings settings =
                PostgresSettings.of("jdbc:postgresql://127.0.0.1/db?user=app&password=hunter2", "app", "s3cret");

        assertThat(settings.toString()).doesNotContain("hunter2").doesNotContain("s3cret");
        assertThat(settings.redactedUrl()).isEqualTo("jdbc:postgresql://127.0.0.1/db?user=app&password=***");
    }

    private static long appliedMigrations(PostgresDatabase database) {
        return database.jdbi()
                .withHandle(handle -> handle.createQuery("""
                        SELECT count(*)
                        FROM flyway_schema_history
                        WHERE type = 'SQL'
                        """).mapTo(Long.class).one());
    }

    private static int portWithNothingListening() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
