package dev.syncpoint.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A started server in demo mode, for tests in other packages (the browser tests), which cannot reach
 * the package-private start. Demo passwords are read from the credentials file the server keeps.
 */
public final class RunningServer implements AutoCloseable {

    private final SyncPointServer server;
    private final Path dataDirectory;

    private RunningServer(SyncPointServer server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /** Starts on a free port with its data in {@code dataDirectory}; {@code settings} adds or overrides. */
    public static RunningServer start(Path dataDirectory, Map<String, String> settings) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("PORT", "0", "DATA_DIR", dataDirectory.toString()));
        env.putAll(settings);
        return new RunningServer(SyncPointServer.start(ServerSettings.fromEnvironment(env)), dataDirectory);
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The demo password of one of the seeded accounts. */
    public String password(String email) {
        try {
            return Files.readAllLines(dataDirectory.resolve(DemoData.CREDENTIALS_FILE)).stream()
                    .map(line -> line.trim().split("\\s+"))
                    .filter(fields -> fields.length >= 2 && fields[0].equals(email))
                    .map(fields -> fields[1])
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no demo account " + email));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
