package dev.syncpoint.adapter.rest.view;

import dev.syncpoint.domain.user.User;
import java.time.Instant;
import java.util.UUID;

/** A signed-in user as they see themselves. */
public record UserView(UUID id, String email, String name, String role, Instant createdAt) {

    public static UserView of(User user) {
        return new UserView(
                user.id().value(), user.email(), user.name(), user.role().wireName(), user.createdAt());
    }
}
