package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.UpdateAppointmentResult;

/** Rule 11: only the lock holder, with its fencing token, against the version they read. */
public interface UpdateAppointmentUseCase {

    UpdateAppointmentResult update(UpdateAppointmentCommand command);
}
