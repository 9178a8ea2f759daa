package dev.syncpoint.adapter.rest.json;

import dev.syncpoint.domain.appointment.Violation;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads ISO-8601 date-times that must carry an offset, as every time in the API does. */
public final class TimeText {

    public static final String EXAMPLE = "2027-01-11T09:00:00+01:00";

    private TimeText() {}

    /** The date-time, or empty when {@code text} is not one; {@link #complaint} says why. */
    public static Optional<OffsetDateTime> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException notADateTime) {
            return Optional.empty();
        }
    }

    public static Violation complaint(String field) {
        return new Violation(field, field + " must be an ISO-8601 date-time with an offset, such as " + EXAMPLE);
    }
}
