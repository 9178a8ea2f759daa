package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.json.TimeText;
import dev.syncpoint.adapter.rest.problem.Violations;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.ControlRequestId;
import dev.syncpoint.domain.user.UserId;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads path and query parameters, answering 400 with the parameter's name when one is wrong. */
final class RequestParams {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    /** {@link UUID#fromString} also takes shortened forms such as {@code 1-2-3-4-5}; we do not. */
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final int MAX_ECHO = 40;

    private RequestParams() {}

    static AppointmentId appointmentId(Context ctx) {
        return new AppointmentId(uuid("id", ctx.pathParam("id")));
    }

    static UserId userId(Context ctx) {
        return new UserId(uuid("id", ctx.pathParam("id")));
    }

    static ControlRequestId requestId(Context ctx) {
        return new ControlRequestId(uuid("requestId", ctx.pathParam("requestId")));
    }

    static PageRequest page(Context ctx) {
        return page(ctx, DEFAULT_LIMIT, MAX_LIMIT);
    }

    static PageRequest page(Context ctx, int defaultLimit, int maxLimit) {
        int limit = integer(ctx, "limit", defaultLimit, 1, maxLimit);
        int offset = integer(ctx, "offset", 0, 0, Integer.MAX_VALUE - maxLimit);
        return new PageRequest(offset, limit);
    }

    static Instant requiredInstant(Context ctx, String name) {
        return optionalInstant(ctx, name)
                .orElseThrow(() -> Violations.exception(name, name + " is required, such as " + TimeText.EXAMPLE));
    }

    static Optional<Instant> optionalInstant(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        // An unencoded '+' in a query string arrives as a space; no ISO-8601 text has a space there.
        String repaired = text.replace(' ', '+');
        return Optional.of(TimeText.parse(repaired)
                .map(OffsetDateTime::toInstant)
                .orElseThrow(() -> Violations.exception(TimeText.complaint(name))));
    }

    private static UUID uuid(String name, String text) {
        if (!UUID_TEXT.matcher(text).matches()) {
            throw Violations.exception(
                    name,
                    name + " must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e, not '" + echo(text) + "'");
        }
        return UUID.fromString(text);
    }

    private static int integer(Context ctx, String name, int absent, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notAnInteger) {
            // Answered below, with the range, like a number out of range.
        }
        throw Violations.exception(name, name + " must be an integer from " + min + " to " + max);
    }

    private static String echo(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…";
    }
}
