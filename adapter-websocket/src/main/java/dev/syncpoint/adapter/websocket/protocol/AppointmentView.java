package dev.syncpoint.adapter.websocket.protocol;

import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An appointment in the HTTP API's shape, with the version a change must name in {@code If-Match}. */
public record AppointmentView(
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

    public static AppointmentView of(Appointment appointment) {
        AppointmentDetails details = appointment.details();
        return new AppointmentView(
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
}
