package dev.syncpoint.adapter.rest.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link JwtAccessTokens} signs and checks tokens.
 *
 * @param secret the HS256 key; at least 32 bytes in UTF-8, as RFC 7518 asks of an HMAC-SHA-256 key
 * @param issuer the {@code iss} claim written into every token and demanded of every token read
 * @param lifetime how long a token is accepted after it was issued; whole seconds, at least one
 */
public record JwtSettings(String secret, String issuer, Duration lifetime) {

    public static final int MIN_SECRET_BYTES = 32;
    public static final String DEFAULT_ISSUER = "syncpoint";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

    public JwtSettings {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(lifetime, "lifetime");
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the JWT secret must be at least " + MIN_SECRET_BYTES + " bytes long");
        }
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("the JWT issuer must not be blank");
        }
        if (lifetime.compareTo(Duration.ofSeconds(1)) < 0 || lifetime.getNano() != 0) {
            throw new IllegalArgumentException("a token lifetime must be whole seconds, at least one, was " + lifetime);
        }
    }

    /** The default issuer and a 24-hour lifetime, as DESIGN.md's {@code JWT_EXPIRES_IN} default. */
    public static JwtSettings of(String secret) {
        return new JwtSettings(secret, DEFAULT_ISSUER, DEFAULT_LIFETIME);
    }

    public JwtSettings withLifetime(Duration newLifetime) {
        return new JwtSettings(secret, issuer, newLifetime);
    }

    byte[] secretBytes() {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "JwtSettings[secret=<hidden>, issuer=" + issuer + ", lifetime=" + lifetime + "]";
    }
}
