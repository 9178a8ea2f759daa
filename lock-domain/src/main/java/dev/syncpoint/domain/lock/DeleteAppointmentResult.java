package dev.syncpoint.domain.lock;

/** The answer to deleting an appointment. */
public sealed interface DeleteAppointmentResult permits AppointmentRemoved, AppointmentNotFound, WriteRefusal {}
