package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.SessionQuery;
import dev.syncpoint.application.port.out.AccessTokens;
import dev.syncpoint.application.port.out.UserStore;
import dev.syncpoint.domain.user.User;
import java.util.Optional;

/** Resolves a bearer token to the user as stored now; the token's own role claim is not trusted alone. */
public final class SessionService implements SessionQuery {

    private final AccessTokens tokens;
    private final UserStore users;

    public SessionService(AccessTokens tokens, UserStore users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public Optional<User> authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            return Optional.empty();
        }
        return tokens.verify(bearerToken).flatMap(claims -> users.findById(claims.userId()));
    }
}
