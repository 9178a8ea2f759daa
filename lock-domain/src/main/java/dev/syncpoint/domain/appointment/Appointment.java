package dev.syncpoint.domain.appointment;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored appointment. Its {@code version} starts at 1 and grows by one with every change, so a writer
 * can say which state it read (rule 11).
 */
public record Appointment(
        AppointmentId id, AppointmentDetails details, long version, Instant createdAt, Instant updatedAt) {

    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1, was " + version);
        }
    }

    public static Appointment create(AppointmentId id, AppointmentDetails details, Instant now) {
        return new Appointment(id, details, 1, now, now);
    }

    public Appointment change(AppointmentDetails newDetails, Instant now) {
        return new Appointment(id, newDetails, version + 1, createdAt, now);
    }

    /** True when the appointment's time span overlaps [from, to). */
    public boolean overlaps(Instant from, Instant to) {
        return details.startDate().toInstant().isBefore(to)
                && details.endDate().toInstant().isAfter(from);
    }
}
