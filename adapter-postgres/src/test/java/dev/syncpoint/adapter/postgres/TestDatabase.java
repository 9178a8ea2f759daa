package dev.syncpoint.adapter.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * The PostgreSQL server the tests of this JVM share, and a fresh schema for each test class.
 *
 * <p>The server is the one named by {@code TEST_DATABASE_URL} when it is set, as a JDBC URL
 * ({@code jdbc:postgresql://host:port/db?user=..&password=..}) or as {@code postgres://user:pass@host:port/db};
 * otherwise one embedded PostgreSQL started on first use and stopped when the JVM exits. Every
 * {@link #freshSchema} is a new schema with the migrations applied, so test classes never see each
 * other's rows; closing it drops the schema.
 */
public final class TestDatabase {

    /** The server address the tests use, resolved once per JVM. */
    private static final class Server {
        static final PostgresSettings SETTINGS = locate();
    }

    private TestDatabase() {}

    /** A new, migrated schema on the shared server, with a small pool. */
    public static TestSchema freshSchema() {
        return freshSchema(settings -> settings);
    }

    /** A new, migrated schema, with the pool settings changed by {@code tune}. */
    public static TestSchema freshSchema(UnaryOperator<PostgresSettings> tune) {
        String schema =
                "test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        PostgresSettings settings = tune.apply(Server.SETTINGS.inSchema(schema).withPoolSize(4));
        return new TestSchema(PostgresDatabase.open(settings), schema);
    }

    private static PostgresSettings locate() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return fromUrl(url.strip());
        }
        EmbeddedPostgres embedded = EmbeddedServers.startThrowaway();
        return embeddedSettings(embedded.getPort());
    }

    /** The superuser of an embedded server; it trusts loopback connections, so no password is needed. */
    static PostgresSettings embeddedSettings(int port) {
        return PostgresSettings.of("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    private static PostgresSettings fromUrl(String url) {
        if (url.startsWith("jdbc:")) {
            return PostgresSettings.of(url, "", "");
        }
        URI uri = URI.create(url);
        String[] userInfo =
                uri.getUserInfo() == null ? new String[0] : uri.getUserInfo().split(":", 2);
        String user = userInfo.length > 0 ? userInfo[0] : "";
        String password = userInfo.length > 1 ? userInfo[1] : "";
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath();
        return PostgresSettings.of(jdbcUrl, user, password);
    }
}
