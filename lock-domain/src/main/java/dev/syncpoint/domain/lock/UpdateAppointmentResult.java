package dev.syncpoint.domain.lock;

/** The answer to a change of an appointment's details. */
public sealed interface UpdateAppointmentResult
        permits AppointmentChanged, InvalidAppointment, AppointmentNotFound, WriteRefusal {}
