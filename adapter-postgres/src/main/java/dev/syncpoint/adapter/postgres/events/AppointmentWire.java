package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.appointment.AppointmentStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An appointment on the wire, its details flattened next to its version and times. Start and end
 * keep the writer's offset, so they read back equal to what was sent.
 */
record AppointmentWire(
        UUID id,
        String title,
        String description,
        OffsetDateTime startDate,
        OffsetDateTime endDate,
        String status,
        String location,
        String organizer,
        List<String> attendees,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static AppointmentWire of(Appointment appointment) {
        AppointmentDetails details = appointment.details();
        return new AppointmentWire(
                appointment.id().value(),
                details.title(),
                details.description(),
                details.startDate(),
                details.endDate(),
                details.status().wireName(),
                details.location(),
                details.organizer(),
                details.attendees(),
                appointment.version(),
                appointment.createdAt(),
                appointment.updatedAt());
    }

    Appointment toAppointment() {
        AppointmentDetails details = new AppointmentDetails(
                title, description, startDate, endDate, toStatus(), location, organizer, attendees);
        return new Appointment(new AppointmentId(id), details, version, createdAt, updatedAt);
    }

    private AppointmentStatus toStatus() {
        return AppointmentStatus.fromWireName(status)
                .orElseThrow(() -> new IllegalArgumentException("unknown appointment status " + status));
    }
}
