package dev.syncpoint.domain.lock;

/** The answer to an admin's force-release (rule 8). */
public sealed interface ForceReleaseResult extends LockAnswer
        permits ForceReleased, NotLocked, NotAdmin, AppointmentNotFound {}
