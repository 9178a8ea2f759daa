package dev.syncpoint.adapter.postgres.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.syncpoint.domain.event.SyncEvent;

/**
 * Turns a {@link SyncEvent} into JSON text and back. The text is one object: {@code "v"} (the wire
 * version, {@value #VERSION}), {@code "type"} (which event), then the fields of {@link EventWire}.
 * Times are ISO-8601 strings; appointment start and end keep their offset.
 *
 * <p>A reader refuses any other version instead of guessing, and ignores fields it does not know,
 * so a later release may add fields without a new version. Thread-safe.
 */
final class EventCodec {

    static final int VERSION = 1;

    private static final String VERSION_FIELD = "v";

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Keep the offset an appointment was written with, instead of moving it to UTC.
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    String encode(SyncEvent event) {
        ObjectNode json = mapper.createObjectNode().put(VERSION_FIELD, VERSION);
        json.setAll((ObjectNode) mapper.valueToTree(EventWire.of(event)));
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            // Only plain records and strings go in, so this is a bug, not bad input.
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** @throws UnreadableEventException when the text is not an event of this wire version */
    SyncEvent decode(String text) {
        JsonNode json = parse(text);

        int version = json.path(VERSION_FIELD).asInt(-1);
        if (version != VERSION) {
            throw new UnreadableEventException("event wire version " + json.path(VERSION_FIELD) + " is not the version "
                    + VERSION + " this node reads");
        }

        try {
            return mapper.treeToValue(json, EventWire.class).toEvent();
        } catch (JsonProcessingException | RuntimeException e) {
            // Domain constructors refuse values that break their rules; that is unreadable input
            // too.
            throw new UnreadableEventException("not a readable event: " + e.getMessage(), e);
        }
    }

    private JsonNode parse(String text) {
        try {
            JsonNode json = mapper.readTree(text);
            if (json == null || !json.isObject()) {
                throw new UnreadableEventException("an event is a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
