package dev.syncpoint.application.port.out;

import dev.syncpoint.domain.user.User;
import java.util.Optional;

/** Issues and checks bearer tokens. */
public interface AccessTokens {

    IssuedToken issue(User user);

    /**
     * The claims of a token this issuer made that has not expired; empty for anything else (forged,
     * tampered, expired, malformed). Never throws for a bad token.
     */
    Optional<TokenClaims> verify(String token);
}
