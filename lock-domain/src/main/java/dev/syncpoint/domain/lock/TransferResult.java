package dev.syncpoint.domain.lock;

/** The answer to a hand-over from the holder to a requester (rule 9). */
public sealed interface TransferResult extends LockAnswer
        permits Transferred, NotLocked, NotHolder, StaleFencingToken, AppointmentNotFound {}
