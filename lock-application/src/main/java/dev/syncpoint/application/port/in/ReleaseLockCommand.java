package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.user.User;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Give up one's lock; naming its token or version keeps a late release from ending a newer lock. */
public record ReleaseLockCommand(
        AppointmentId appointment, User actor, OptionalLong expectedVersion, Optional<FencingToken> fencingToken) {

    public ReleaseLockCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(fencingToken, "fencingToken");
    }
}
