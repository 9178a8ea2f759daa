package dev.syncpoint.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds request bodies from name-value pairs, so tests read as the JSON they send. */
final class TestJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestJson() {}

    static String object(Object... namesAndValues) {
        return write(map(namesAndValues));
    }

    static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
