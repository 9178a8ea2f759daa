package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.appointment.Violation;
import java.util.List;

/** The new details break the appointment's rules; nothing was written. */
public record InvalidAppointment(List<Violation> violations) implements UpdateAppointmentResult {

    public InvalidAppointment {
        violations = List.copyOf(violations);
    }
}
