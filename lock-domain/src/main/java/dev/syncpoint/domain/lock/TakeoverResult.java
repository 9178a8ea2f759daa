package dev.syncpoint.domain.lock;

/** The answer to an admin's takeover (rule 8). */
public sealed interface TakeoverResult extends LockAnswer
        permits TakenOver, NotLocked, AlreadyHolder, NotAdmin, AppointmentNotFound {}
