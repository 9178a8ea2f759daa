package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.user.UserId;
import java.util.Objects;

/**
 * What a writer presents to change an appointment (rule 11): who they are, the fencing token of the lock
 * they hold, and the appointment version they read.
 */
public record EditPermit(UserId editor, FencingToken fencingToken, long expectedVersion) {

    public EditPermit {
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(fencingToken, "fencingToken");
    }
}
