package dev.syncpoint.adapter.rest.view;

import dev.syncpoint.application.port.out.IssuedToken;
import dev.syncpoint.domain.user.User;
import java.time.Instant;

/** The answer to sign-up and sign-in: who you are and the bearer token to send from now on. */
public record SessionView(UserView user, String token, Instant expiresAt) {

    public static SessionView of(User user, IssuedToken token) {
        return new SessionView(UserView.of(user), token.token(), token.expiresAt());
    }
}
