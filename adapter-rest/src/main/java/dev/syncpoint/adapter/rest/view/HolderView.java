package dev.syncpoint.adapter.rest.view;

import dev.syncpoint.domain.user.UserRef;
import java.util.UUID;

/** Who holds, held or asked for a lock, as anyone may see them. */
public record HolderView(UUID id, String name, String email) {

    public static HolderView of(UserRef user) {
        return new HolderView(user.id().value(), user.name(), user.email());
    }
}
