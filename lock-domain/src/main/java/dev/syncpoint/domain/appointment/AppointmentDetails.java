package dev.syncpoint.domain.appointment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The part of an appointment that people edit. An instance always satisfies the limits below; use
 * {@link #validate} to turn raw input into either details or the list of what is wrong with it.
 */
public record AppointmentDetails(
        String title,
        String description,
        OffsetDateTime startDate,
        OffsetDateTime endDate,
        AppointmentStatus status,
        String location,
        String organizer,
        List<String> attendees) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 16_384;
    public static final int MAX_ATTENDEES = 200;
    public static final int MAX_ATTENDEE = 320;
    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    public AppointmentDetails {
        description = Objects.requireNonNullElse(description, "");
        location = Objects.requireNonNullElse(location, "");
        organizer = Objects.requireNonNullElse(organizer, "");
        status = Objects.requireNonNullElse(status, AppointmentStatus.SCHEDULED);
        attendees = attendees == null ? List.of() : List.copyOf(attendees);

        List<Violation> violations =
                violationsOf(title, description, startDate, endDate, location, organizer, attendees);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("invalid appointment: " + violations);
        }
    }

    /** Checks raw input; absent optional fields become empty, an absent status becomes scheduled. */
    public static Validated<AppointmentDetails> validate(
            String title,
            String description,
            OffsetDateTime startDate,
            OffsetDateTime endDate,
            AppointmentStatus status,
            String location,
            String organizer,
            List<String> attendees) {
        List<String> people = attendees == null ? List.of() : attendees;
        List<Violation> violations = violationsOf(title, description, startDate, endDate, location, organizer, people);
        if (!violations.isEmpty()) {
            return new Validated.Invalid<>(violations);
        }
        return new Validated.Valid<>(
                new AppointmentDetails(title, description, startDate, endDate, status, location, organizer, people));
    }

    private static List<Violation> violationsOf(
            String title,
            String description,
            OffsetDateTime startDate,
            OffsetDateTime endDate,
            String location,
            String organizer,
            List<String> attendees) {
        List<Violation> violations = new ArrayList<>();
        if (title == null || title.isBlank()) {
            violations.add(new Violation("title", "title is required"));
        } else if (title.length() > MAX_TITLE) {
            violations.add(new Violation("title", "title must be at most " + MAX_TITLE + " characters"));
        }
        checkStorable(violations, "title", title);
        checkLength(violations, "description", description);
        checkLength(violations, "location", location);
        checkLength(violations, "organizer", organizer);
        checkDates(violations, startDate, endDate);
        checkAttendees(violations, attendees);
        return violations;
    }

    private static void checkLength(List<Violation> violations, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            violations.add(new Violation(field, field + " must be at most " + MAX_TEXT + " characters"));
        }
        checkStorable(violations, field, value);
    }

    /** Refused here, with a message, rather than failing or being altered in a store. */
    private static void checkStorable(List<Violation> violations, String field, String value) {
        if (value != null && !StorableText.isStorable(value)) {
            violations.add(new Violation(field, field + " must not contain NUL or broken surrogate characters"));
        }
    }

    private static void checkDates(List<Violation> violations, OffsetDateTime start, OffsetDateTime end) {
        if (start == null) {
            violations.add(new Violation("startDate", "startDate is required"));
        }
        if (end == null) {
            violations.add(new Violation("endDate", "endDate is required"));
        }
        checkYear(violations, "startDate", start);
        checkYear(violations, "endDate", end);
        if (start != null && end != null && !start.isBefore(end)) {
            violations.add(new Violation("endDate", "startDate must be before endDate"));
        }
    }

    /**
     * Calendars and SQL timestamps agree on years 1 to 9999; beyond them a date cannot round-trip. Stores
     * keep the instant in UTC, so the year must be in range there as well as at the date's own offset.
     */
    private static void checkYear(List<Violation> violations, String field, OffsetDateTime date) {
        if (date != null && (outOfRange(date) || outOfRange(date.withOffsetSameInstant(ZoneOffset.UTC)))) {
            violations.add(new Violation(field, field + " must be in the years " + MIN_YEAR + " to " + MAX_YEAR));
        }
    }

    private static boolean outOfRange(OffsetDateTime date) {
        return date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR;
    }

    private static void checkAttendees(List<Violation> violations, List<String> attendees) {
        if (attendees == null) {
            return;
        }
        if (attendees.size() > MAX_ATTENDEES) {
            violations.add(new Violation("attendees", "at most " + MAX_ATTENDEES + " attendees are allowed"));
        }
        for (int i = 0; i < attendees.size(); i++) {
            String attendee = attendees.get(i);
            if (attendee == null || attendee.isBlank()) {
                violations.add(new Violation("attendees[" + i + "]", "an attendee must not be blank"));
            } else if (!StorableText.isStorable(attendee)) {
                violations.add(new Violation(
                        "attendees[" + i + "]", "an attendee must not contain NUL or broken surrogate characters"));
            } else if (attendee.length() > MAX_ATTENDEE) {
                violations.add(new Violation(
                        "attendees[" + i + "]", "an attendee must be at most " + MAX_ATTENDEE + " characters"));
            }
        }
    }
}
