package dev.syncpoint.domain.lock;

/** The writer read an older version of the appointment than the one stored (rule 11). */
public record StaleAppointmentVersion(long expectedVersion, long actualVersion) implements WriteRefusal {}
