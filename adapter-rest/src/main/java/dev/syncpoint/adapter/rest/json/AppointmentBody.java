package dev.syncpoint.adapter.rest.json;

import dev.syncpoint.adapter.rest.problem.Violations;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentStatus;
import dev.syncpoint.domain.appointment.Validated;
import dev.syncpoint.domain.appointment.Violation;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The editable fields of an appointment, as sent to create or replace one. */
public record AppointmentBody(
        String title,
        String description,
        String startDate,
        String endDate,
        String status,
        String location,
        String organizer,
        List<String> attendees) {

    private static final String STATUSES = Arrays.stream(AppointmentStatus.values())
            .map(AppointmentStatus::wireName)
            .collect(Collectors.joining(", "));

    /** The details this body describes; every fault at once as an invalid-request problem otherwise. */
    public AppointmentDetails details() {
        List<Violation> unreadable = new ArrayList<>();
        OffsetDateTime start = dateTime("startDate", startDate, unreadable);
        OffsetDateTime end = dateTime("endDate", endDate, unreadable);
        AppointmentStatus parsedStatus = status(unreadable);

        Validated<AppointmentDetails> validated = AppointmentDetails.validate(
                title, description, start, end, parsedStatus, location, organizer, attendees);

        if (validated instanceof Validated.Valid<AppointmentDetails> valid && unreadable.isEmpty()) {
            return valid.value();
        }
        throw Violations.problem(allOf(unreadable, validated)).exception();
    }

    private static OffsetDateTime dateTime(String field, String text, List<Violation> unreadable) {
        if (text == null) {
            return null;
        }
        Optional<OffsetDateTime> parsed = TimeText.parse(text);
        if (parsed.isEmpty()) {
            unreadable.add(TimeText.complaint(field));
        }
        return parsed.orElse(null);
    }

    private AppointmentStatus status(List<Violation> unreadable) {
        if (status == null) {
            return null;
        }
        Optional<AppointmentStatus> parsed = AppointmentStatus.fromWireName(status);
        if (parsed.isEmpty()) {
            unreadable.add(new Violation("status", "status must be one of " + STATUSES));
        }
        return parsed.orElse(null);
    }

    /** Our complaints first; the domain's, except where it only repeats that an unreadable date is absent. */
    private static List<Violation> allOf(List<Violation> unreadable, Validated<AppointmentDetails> validated) {
        List<Violation> all = new ArrayList<>(unreadable);
        if (validated instanceof Validated.Invalid<AppointmentDetails> invalid) {
            Set<String> fields = unreadable.stream().map(Violation::field).collect(Collectors.toSet());
            invalid.violations().stream()
                    .filter(v -> !fields.contains(v.field()))
                    .forEach(all::add);
        }
        return all;
    }
}
