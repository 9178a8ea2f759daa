package dev.syncpoint.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token signing secret of demo mode: generated on first start and kept in the data directory, so
 * tokens stay valid across restarts. Readable by the owner only.
 */
final class DemoSecret {

    static final String FILE_NAME = "jwt-secret";

    private DemoSecret() {}

    static String loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getEncoder().encodeToString(bytes);
            OwnerOnlyFiles.write(file, secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the demo secret in " + file.toAbsolutePath(), e);
        }
    }
}
