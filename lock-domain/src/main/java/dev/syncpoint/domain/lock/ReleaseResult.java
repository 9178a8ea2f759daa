package dev.syncpoint.domain.lock;

/** The answer to a release (rule 6). Only {@link Released} ended a lock. */
public sealed interface ReleaseResult extends LockAnswer
        permits Released, NotLocked, NotHolder, VersionConflict, StaleFencingToken, AppointmentNotFound {}
