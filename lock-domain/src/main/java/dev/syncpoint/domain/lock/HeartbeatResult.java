package dev.syncpoint.domain.lock;

/** The answer to a heartbeat (rule 3): a renewal, or a refusal that never grants a lock again. */
public sealed interface HeartbeatResult extends LockAnswer
        permits Renewed, LockLost, VersionConflict, StaleFencingToken, AppointmentNotFound {}
