package dev.syncpoint.application.port.out;

import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** What a verified token says about its bearer (rule 13: identity comes from here, never from a body). */
public record TokenClaims(UserId userId, Role role, Instant expiresAt) {

    public TokenClaims {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
