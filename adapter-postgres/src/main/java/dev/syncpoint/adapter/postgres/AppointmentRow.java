package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.appointment.AppointmentDetails;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * {@link AppointmentDetails} in the columns of {@code appointments}, for binding. A start or end is kept as
 * the instant to the microsecond (what {@code timestamptz} holds), the nanoseconds below that, and the
 * offset, so the exact {@link OffsetDateTime} comes back.
 */
record AppointmentRow(
        String title,
        String description,
        Instant startsAt,
        int startsNanos,
        int startsOffset,
        Instant endsAt,
        int endsNanos,
        int endsOffset,
        String status,
        String location,
        String organizer,
        String[] attendees) {

    /** PostgreSQL's timestamptz reaches further, but the JDBC driver writes only four-digit years exactly. */
    private static final int FIRST_YEAR = 1;

    private static final int LAST_YEAR = 9999;

    static AppointmentRow of(AppointmentDetails details) {
        OffsetDateTime start = storable("startDate", details.startDate());
        OffsetDateTime end = storable("endDate", details.endDate());
        return new AppointmentRow(
                StorableText.check("title", details.title()),
                StorableText.check("description", details.description()),
                micros(start),
                subMicroNanos(start),
                start.getOffset().getTotalSeconds(),
                micros(end),
                subMicroNanos(end),
                end.getOffset().getTotalSeconds(),
                details.status().wireName(),
                StorableText.check("location", details.location()),
                StorableText.check("organizer", details.organizer()),
                attendees(details));
    }

    /** The values by column parameter name; see {@link HistoryRow#columns} for why a map. */
    Map<String, Object> columns() {
        return Map.ofEntries(
                Map.entry("title", title),
                Map.entry("description", description),
                Map.entry("startsAt", startsAt),
                Map.entry("startsNanos", startsNanos),
                Map.entry("startsOffset", startsOffset),
                Map.entry("endsAt", endsAt),
                Map.entry("endsNanos", endsNanos),
                Map.entry("endsOffset", endsOffset),
                Map.entry("status", status),
                Map.entry("location", location),
                Map.entry("organizer", organizer),
                Map.entry("attendees", attendees));
    }

    private static OffsetDateTime storable(String field, OffsetDateTime value) {
        int year = value.withOffsetSameInstant(ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    field + " must fall in the years " + FIRST_YEAR + " to " + LAST_YEAR + ", was " + value);
        }
        return value;
    }

    private static Instant micros(OffsetDateTime value) {
        return value.toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    private static int subMicroNanos(OffsetDateTime value) {
        return value.getNano() % 1_000;
    }

    private static String[] attendees(AppointmentDetails details) {
        return details.attendees().stream()
                .map(attendee -> StorableText.check("attendee", attendee))
                .toArray(String[]::new);
    }
}
