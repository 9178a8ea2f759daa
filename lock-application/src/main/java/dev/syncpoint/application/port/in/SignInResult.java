package dev.syncpoint.application.port.in;

import dev.syncpoint.application.port.out.IssuedToken;
import dev.syncpoint.domain.user.User;

/** The answer to a sign-in. */
public sealed interface SignInResult {

    record SignedIn(User user, IssuedToken token) implements SignInResult {}

    /** Unknown email or wrong password; the two are not told apart, so accounts cannot be probed. */
    record InvalidCredentials() implements SignInResult {}
}
