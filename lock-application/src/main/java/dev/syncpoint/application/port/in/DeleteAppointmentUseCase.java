package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.DeleteAppointmentResult;

/** Rule 11 for deletion; the holder's lock ends with the appointment. */
public interface DeleteAppointmentUseCase {

    DeleteAppointmentResult delete(DeleteAppointmentCommand command);
}
