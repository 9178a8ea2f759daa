package dev.syncpoint.application.port.out;

import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.util.Optional;

/** Where accounts live. Emails are unique, compared in the lower case {@link User} keeps them in. */
public interface UserStore {

    /** Adds the account; answers false, storing nothing, when the email is already registered. */
    boolean add(UserAccount account);

    Optional<UserAccount> findByEmail(String email);

    Optional<User> findById(UserId id);

    /** Gives the user a new role; answers false when there is no such user. */
    boolean changeRole(UserId id, Role role);

    Page<User> list(PageRequest page);
}
