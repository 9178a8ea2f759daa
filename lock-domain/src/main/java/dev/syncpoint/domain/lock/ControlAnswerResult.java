package dev.syncpoint.domain.lock;

/** The answer to the holder granting or denying a request for control (rule 9). */
public sealed interface ControlAnswerResult
        permits ControlGranted, ControlDenied, NoOpenRequest, NotHolder, NotLocked, AppointmentNotFound {}
