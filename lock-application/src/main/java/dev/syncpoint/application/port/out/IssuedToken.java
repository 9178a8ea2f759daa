package dev.syncpoint.application.port.out;

import java.time.Instant;
import java.util.Objects;

/** A bearer token handed to a signed-in user, and when it stops being accepted. */
public record IssuedToken(String token, Instant expiresAt) {

    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "IssuedToken[token=<hidden>, expiresAt=" + expiresAt + "]";
    }
}
