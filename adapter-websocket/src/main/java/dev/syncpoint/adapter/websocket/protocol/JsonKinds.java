package dev.syncpoint.adapter.websocket.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/** Names the kind of a JSON value the way an error message should: "a number", "an array". */
final class JsonKinds {

    private JsonKinds() {}

    static String of(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case BINARY, MISSING -> "nothing";
        };
    }
}
