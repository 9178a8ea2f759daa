package dev.syncpoint.adapter.postgres.events;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An embedded PostgreSQL of a test's own, listening on loopback, that can be stopped and started
 * again on the same port with the same data: the shared test server must not go away under other
 * tests.
 */
final class OwnServer implements AutoCloseable {

    private final Path dataDirectory;
    private EmbeddedPostgres server;
    private int port;

    private OwnServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    static OwnServer start(Path dataDirectory) throws IOException {
        OwnServer own = new OwnServer(dataDirectory);
        own.startAgain();
        return own;
    }

    /**
     * The superuser's URL; an embedded server trusts loopback connections, so there is no password.
     */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    void stop() throws IOException {
        server.close();
        server = null;
    }

    /**
     * Starts the server again where it was, with the data it had; the first start picks a free
     * port.
     */
    void startAgain() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
        if (port != 0) {
            builder.setPort(port);
        }
        server = builder.start();
        port = server.getPort();
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }
}
