package dev.syncpoint.adapter.websocket.protocol;

import dev.syncpoint.domain.user.User;
import java.util.UUID;

/** The authenticated user as they see themselves, role included. */
public record UserView(UUID id, String name, String email, String role) {

    public static UserView of(User user) {
        return new UserView(
                user.id().value(), user.name(), user.email(), user.role().wireName());
    }
}
