package dev.syncpoint.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The loopback port of the embedded database, kept in a file beside its data so that it stays the same
 * across restarts: another node started with the {@code DATABASE_URL} this one logged keeps reaching it
 * after this one restarts. A kept port that something else has taken meanwhile is given up for a free one.
 */
final class EmbeddedDatabasePort {

    private final Path file;

    EmbeddedDatabasePort(Path file) {
        this.file = file;
    }

    /** The kept port if it is free now, else a free one, which is kept from now on. */
    int choose() {
        OptionalInt kept = kept();
        if (kept.isPresent() && isFree(kept.getAsInt())) {
            return kept.getAsInt();
        }

        int chosen = anyFree();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, chosen + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the embedded database's port in " + file, e);
        }
        return chosen;
    }

    private OptionalInt kept() {
        try {
            int port = Integer.parseInt(
                    Files.readString(file, StandardCharsets.US_ASCII).strip());
            return port > 0 && port < 65536 ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (IOException | NumberFormatException unreadable) {
            return OptionalInt.empty();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int anyFree() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for the embedded database", e);
        }
    }
}
