package dev.syncpoint.domain.lock;

/** The answer to an acquire (rules 2 to 5). Only {@link Acquired} and {@link Renewed} changed anything. */
public sealed interface AcquireResult extends LockAnswer
        permits Acquired, Renewed, HeldByOther, VersionConflict, AppointmentNotFound {}
