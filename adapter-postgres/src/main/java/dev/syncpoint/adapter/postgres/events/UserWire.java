package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.util.UUID;

/** A user as events carry them on the wire: {@code {"id", "name", "email"}}. */
record UserWire(UUID id, String name, String email) {

    static UserWire of(UserRef user) {
        return new UserWire(user.id().value(), user.name(), user.email());
    }

    UserRef toUser() {
        return new UserRef(new UserId(id), name, email);
    }
}
