package dev.syncpoint.adapter.websocket.protocol;

import dev.syncpoint.domain.user.UserRef;
import java.util.UUID;

/** A person as everyone may see them: a holder, a watcher, a requester, a cursor's owner. */
public record PersonView(UUID id, String name, String email) {

    public static PersonView of(UserRef user) {
        return new PersonView(user.id().value(), user.name(), user.email());
    }
}
