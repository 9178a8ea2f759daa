package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.user.User;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Keep one's lock alive; names the lock (token, version) the caller holds, when it knows them. */
public record HeartbeatCommand(
        AppointmentId appointment, User actor, OptionalLong expectedVersion, Optional<FencingToken> fencingToken) {

    public HeartbeatCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(fencingToken, "fencingToken");
    }
}
