package dev.syncpoint.domain.lock;

/** The answer to asking the holder for control (rule 9). */
public sealed interface ControlRequestResult
        permits ControlRequested, AlreadyRequested, AlreadyHolder, NotLocked, AppointmentNotFound {}
