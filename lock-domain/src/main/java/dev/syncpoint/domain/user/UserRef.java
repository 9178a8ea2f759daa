package dev.syncpoint.domain.user;

import java.util.Objects;

/**
 * A user as others see them on a lock or in the history: enough to say who holds an appointment, nothing
 * that grants rights. Rights come from {@link User#role()}.
 */
public record UserRef(UserId id, String name, String email) {

    public UserRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }
}
