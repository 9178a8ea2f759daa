package dev.syncpoint.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabasePortTest {

    @TempDir
    Path data;

    @Test
    void theFirstStartKeepsThePortItChose() throws IOException {
        Path file = data.resolve("postgres.port");

        int chosen = new EmbeddedDatabasePort(file).choose();

        assertThat(Files.readString(file).strip()).isEqualTo(Integer.toString(chosen));
        assertThat(new EmbeddedDatabasePort(file).choose()).isEqualTo(chosen);
    }

    @Test
    void aKeptPortThatSomethingElseTookIsGivenUpForAFreeOne() throws IOException {
        Path file = data.resolve("postgres.port");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Files.writeString(file, taken.getLocalPort() + "\n");

            int chosen = new EmbeddedDatabasePort(file).choose();

            assertThat(chosen).isNotEqualTo(taken.getLocalPort());
            assertThat(Files.readString(file).strip()).isEqualTo(Integer.toString(chosen));
        }
    }

    @Test
    void anUnreadableFileIsReplaced() throws IOException {
        Path file = data.resolve("postgres.port");
        Files.writeString(file, "not a port");

        int chosen = new EmbeddedDatabasePort(file).choose();

        assertThat(chosen).isBetween(1, 65535);
        assertThat(Files.readString(file).strip()).isEqualTo(Integer.toString(chosen));
    }
}
