package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.User;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin's action on someone's lock: force-release or takeover.
 *
 * @param reason what the admin said, kept in the history and shown to the former holder
 */
public record AdminLockCommand(AppointmentId appointment, User actor, Optional<String> reason) {

    public static final int MAX_REASON = 500;

    public AdminLockCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(actor, "actor");
        reason = Objects.requireNonNull(reason, "reason").map(String::strip).filter(r -> !r.isEmpty());
        if (reason.isPresent() && reason.get().length() > MAX_REASON) {
            throw new IllegalArgumentException("a reason must be at most " + MAX_REASON + " characters");
        }
    }
}
