package dev.syncpoint.adapter.websocket.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Writes server frames as JSON text, with times as ISO-8601 like the HTTP API. Safe for concurrent use. */
public final class FrameWriter {

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    public String write(ServerFrame frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            // Frames are plain records of text, numbers and times; failing to write one is a bug.
            throw new IllegalStateException("cannot write " + frame.getClass().getSimpleName(), e);
        }
    }
}
