package dev.syncpoint.adapter.websocket.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;

/**
 * What is wrong with text that is not one JSON value, said for the person who wrote it: Jackson's own
 * messages name its classes and settings, which mean nothing to a client.
 */
final class JsonSyntax {

    /** Where Jackson's advice to its own users starts; what comes before is about the input. */
    private static final List<String> ADVICE =
            List.of(": enable `", " (bound as", ": not allowed as per", " (start marker at", "[Source:", "\n");

    private JsonSyntax() {}

    static String problem(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
            return "more follows the JSON object; a frame holds exactly one";
        }

        String plain = original;
        for (String advice : ADVICE) {
            int at = plain.indexOf(advice);
            if (at >= 0) {
                plain = plain.substring(0, at);
            }
        }
        return plain.replace("`", "'").strip();
    }
}
