package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.appointment.Appointment;

/** The appointment was deleted by the lock holder, and the holder's lock ended with it as {@code released}. */
public record AppointmentRemoved(Appointment appointment, Lock releasedLock) implements DeleteAppointmentResult {}
