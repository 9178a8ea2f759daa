package dev.syncpoint.adapter.websocket.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syncpoint.domain.appointment.AppointmentId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of one client frame and keeps the first thing wrong with them, so the reader can check
 * a whole frame in a row of calls and answer one precise message. After a problem, readers answer
 * placeholders that the caller never uses.
 */
final class FrameFields {

    private final JsonNode frame;
    private final String type;
    private FrameProblem problem;
    private AppointmentId appointment;

    FrameFields(JsonNode frame, String type, List<String> fields) {
        this.frame = frame;
        this.type = type;
        refuseUnknown(fields);
    }

    String text(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return "";
        }
        if (!value.isTextual()) {
            refuse(ErrorCode.BAD_REQUEST, "field '" + name + "' must be a string, was " + JsonKinds.of(value));
            return "";
        }
        return value.asText();
    }

    AppointmentId appointmentId() {
        String text = text("appointmentId");
        if (problem != null) {
            return null;
        }
        try {
            appointment = AppointmentId.parse(text);
            return appointment;
        } catch (IllegalArgumentException e) {
            refuse(
                    ErrorCode.BAD_REQUEST,
                    "field 'appointmentId' must be a UUID such as " + "'3f2504e0-4f89-41d3-9a0c-0305e82c3301', was '"
                            + Snippet.of(text) + "'");
            return null;
        }
    }

    /** An optional boolean: {@code fallback} when the field is absent. */
    boolean flag(String name, boolean fallback) {
        if (problem != null || !frame.has(name)) {
            return fallback;
        }
        JsonNode value = frame.get(name);
        if (!value.isBoolean()) {
            refuse(ErrorCode.BAD_REQUEST, "field '" + name + "' must be true or false, was " + JsonKinds.of(value));
            return fallback;
        }
        return value.booleanValue();
    }

    double fraction(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return 0;
        }
        if (!value.isNumber()) {
            refuse(
                    ErrorCode.BAD_REQUEST,
                    "field '" + name + "' must be a number from 0 to 1, was " + JsonKinds.of(value));
            return 0;
        }
        double number = value.doubleValue();
        if (!(number >= 0.0 && number <= 1.0)) {
            refuse(
                    ErrorCode.BAD_REQUEST,
                    "field '" + name + "' must be a fraction from 0 to 1 of the editor's "
                            + (name.equals("x") ? "width" : "height") + ", was " + value.asText());
        }
        return number;
    }

    Optional<FrameProblem> problem() {
        return Optional.ofNullable(problem);
    }

    private JsonNode present(String name) {
        if (problem != null) {
            return null;
        }
        JsonNode value = frame.get(name);
        if (value == null) {
            refuse(ErrorCode.BAD_REQUEST, "missing field '" + name + "' in " + type);
            return null;
        }
        return value;
    }

    private void refuseUnknown(List<String> fields) {
        for (Iterator<String> names = frame.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("type") && !fields.contains(name)) {
                String known = fields.isEmpty() ? "only 'type'" : "'type', '" + String.join("', '", fields) + "'";
                refuse(
                        ErrorCode.BAD_REQUEST,
                        "unknown field '" + Snippet.of(name) + "' in " + type + "; it takes " + known);
                return;
            }
        }
    }

    private void refuse(ErrorCode code, String message) {
        if (problem == null) {
            problem = appointment == null
                    ? FrameProblem.of(code, message)
                    : FrameProblem.about(appointment, code, message);
        }
    }
}
