package dev.syncpoint.domain.user;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A person who can sign in. The email is kept in lower case, so it identifies one account. */
public record User(UserId id, String email, String name, Role role, Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        email = normalizeEmail(email);
    }

    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public UserRef ref() {
        return new UserRef(id, name, email);
    }
}
