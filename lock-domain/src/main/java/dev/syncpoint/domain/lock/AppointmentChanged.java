package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.appointment.Appointment;

/** The appointment was changed by the lock holder; it carries the new version. */
public record AppointmentChanged(Appointment appointment) implements UpdateAppointmentResult {}
