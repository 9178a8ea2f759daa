package dev.syncpoint.adapter.websocket.protocol;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.syncpoint.adapter.websocket.protocol.ReadResult.Read;
import dev.syncpoint.adapter.websocket.protocol.ReadResult.Refused;
import dev.syncpoint.domain.appointment.AppointmentId;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a client's text frame into a {@link ClientFrame}, or into a precise account of what is wrong with
 * it. Strict like the HTTP API: an unknown or repeated field, a value of the wrong JSON type or trailing
 * input is refused, never guessed at. Safe for concurrent use.
 */
public final class FrameReader {

    static final List<String> TYPES = List.of("auth", "subscribe", "unsubscribe", "cursor-position", "ping");

    private final ObjectMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public ReadResult read(String text) {
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (JsonProcessingException e) {
            return refuse("the frame is not valid JSON" + where(e.getLocation()) + ": " + JsonSyntax.problem(e));
        }

        if (frame == null || frame.isMissingNode()) {
            return refuse("the frame is empty; send a JSON object such as {\"type\":\"ping\"}");
        }
        if (!frame.isObject()) {
            return refuse("a frame is a JSON object such as {\"type\":\"ping\"}, not " + JsonKinds.of(frame));
        }
        JsonNode type = frame.get("type");
        if (type == null) {
            return refuse("missing field 'type'; it is one of " + String.join(", ", TYPES));
        }
        if (!type.isTextual()) {
            return refuse("field 'type' must be a string, was " + JsonKinds.of(type));
        }
        return readTyped(frame, type.asText());
    }

    private static ReadResult readTyped(JsonNode frame, String type) {
        return switch (type) {
            case "auth" -> read(frame, type, List.of("token"), fields -> new ClientFrame.Auth(fields.text("token")));
            case "subscribe" -> read(frame, type, List.of("appointmentId", "presence"), FrameReader::subscribe);
            case "unsubscribe" -> read(frame, type, List.of("appointmentId"), FrameReader::unsubscribe);
            case "cursor-position" -> read(frame, type, List.of("appointmentId", "x", "y"), FrameReader::cursor);
            case "ping" -> read(frame, type, List.of(), fields -> new ClientFrame.Ping());
            default ->
                new Refused(FrameProblem.of(
                        ErrorCode.UNKNOWN_TYPE,
                        "unknown type '" + Snippet.of(type) + "'; a client sends " + String.join(", ", TYPES)));
        };
    }

    private static ClientFrame subscribe(FrameFields fields) {
        AppointmentId appointment = fields.appointmentId();
        boolean shown = fields.flag("presence", true);
        return appointment == null ? null : new ClientFrame.Subscribe(appointment, shown);
    }

    private static ClientFrame unsubscribe(FrameFields fields) {
        AppointmentId appointment = fields.appointmentId();
        return appointment == null ? null : new ClientFrame.Unsubscribe(appointment);
    }

    private static ClientFrame cursor(FrameFields fields) {
        AppointmentId appointment = fields.appointmentId();
        double x = fields.fraction("x");
        double y = fields.fraction("y");
        return appointment == null ? null : new ClientFrame.CursorPosition(appointment, x, y);
    }

    /** A builder answers null only after a field was refused, so its result is used only when none was. */
    private static ReadResult read(
            JsonNode frame, String type, List<String> names, Function<FrameFields, ClientFrame> build) {
        FrameFields fields = new FrameFields(frame, type, names);
        ClientFrame built = build.apply(fields);
        return fields.problem().<ReadResult>map(Refused::new).orElseGet(() -> new Read(built));
    }

    private static ReadResult refuse(String message) {
        return new Refused(FrameProblem.of(ErrorCode.BAD_REQUEST, message));
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
