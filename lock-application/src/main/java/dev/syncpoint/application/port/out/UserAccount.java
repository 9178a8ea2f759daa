package dev.syncpoint.application.port.out;

import dev.syncpoint.domain.user.User;
import java.util.Objects;

/** A user together with the hash of their password, as the user store keeps them. */
public record UserAccount(User user, String passwordHash) {

    public UserAccount {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
        return "UserAccount[user=" + user + ", passwordHash=<hidden>]";
    }
}
