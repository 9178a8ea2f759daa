package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.user.User;
import java.util.Optional;

/**
 * Who a bearer token belongs to (rule 13): the user as stored now, so a changed role counts at once.
 * Empty for an invalid or expired token, or one whose user no longer exists.
 */
public interface SessionQuery {

    Optional<User> authenticate(String bearerToken);
}
