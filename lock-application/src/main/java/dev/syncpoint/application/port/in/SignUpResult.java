package dev.syncpoint.application.port.in;

import dev.syncpoint.application.port.out.IssuedToken;
import dev.syncpoint.domain.appointment.Violation;
import dev.syncpoint.domain.user.User;
import java.util.List;

/** The answer to a sign-up. */
public sealed interface SignUpResult {

    /** The account exists and its owner is signed in. */
    record SignedUp(User user, IssuedToken token) implements SignUpResult {}

    /** Another account already has this email; nothing was stored. */
    record EmailTaken(String email) implements SignUpResult {}

    record InvalidSignUp(List<Violation> violations) implements SignUpResult {

        public InvalidSignUp {
            violations = List.copyOf(violations);
        }
    }
}
