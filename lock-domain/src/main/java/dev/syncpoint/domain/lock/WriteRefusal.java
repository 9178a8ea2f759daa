package dev.syncpoint.domain.lock;

/** Why a change to an appointment was refused under rule 11. Nothing was written. */
public sealed interface WriteRefusal extends UpdateAppointmentResult, DeleteAppointmentResult
        permits NotLockedByEditor, StaleFencingToken, StaleAppointmentVersion {}
