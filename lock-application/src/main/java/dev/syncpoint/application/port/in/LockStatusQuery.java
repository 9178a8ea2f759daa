package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.LockStatus;
import java.util.Optional;

/** Who holds an appointment's lock right now; empty when the appointment does not exist. */
public interface LockStatusQuery {

    Optional<LockStatus> status(AppointmentId appointment);
}
