package dev.syncpoint.adapter.rest.json;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.List;
import java.util.Optional;

/**
 * Why a body is not valid JSON, in words of ours. Jackson's messages name its own settings and internals
 * (features to enable, redacted sources), so they are only matched against known clues to pick one of our
 * sentences, and never shown. A failure with no known clue gets no reason; its line and column still
 * tell where to look.
 */
final class JsonSyntaxReasons {

    private static final int MAX_ECHO = 40;
    private static final String DUPLICATE = "Duplicate field '";

    /** A fragment of Jackson's message, and what we say when a message holds it. Checked in order. */
    private record Clue(String fragment, String reason) {}

    private static final List<Clue> CLUES = List.of(
            new Clue("in VALUE_STRING", "it ends inside a text value, whose closing double quote is missing"),
            new Clue("end-of-input", "it ends before the JSON is complete"),
            new Clue("Non-standard token", "NaN and Infinity are not JSON numbers"),
            new Clue("plus sign", "a JSON number cannot start with a plus sign"),
            new Clue(
                    "Invalid numeric value",
                    "a number is not written as JSON writes numbers (no leading zeros, digits on both sides of a"
                            + " decimal point)"),
            new Clue(
                    "Illegal unquoted character",
                    "a text value holds a control character, such as a line break, that must be escaped"),
            new Clue("Unrecognized character escape", "a text value holds a backslash escape that JSON does not have"),
            new Clue("Invalid UTF", "the body is not UTF-8 text"),
            new Clue(
                    "Unrecognized token",
                    "a value must be a string in double quotes, a number, an object, an array, true, false or null"),
            new Clue("start field name", "a field name must be a string in double quotes"),
            new Clue("colon to separate", "a colon must follow each field name"),
            new Clue("comma to separate", "entries must be separated by commas"),
            new Clue("expected a value", "a value is missing"),
            new Clue("Unexpected close marker", "a closing bracket or brace has no opening one to match"));

    private JsonSyntaxReasons() {}

    static Optional<String> of(StreamReadException failure) {
        String message = String.valueOf(failure.getOriginalMessage());
        if (message.startsWith(DUPLICATE)) {
            return Optional.of("the field '" + duplicateName(message) + "' appears more than once");
        }
        Optional<String> known = CLUES.stream()
                .filter(clue -> message.contains(clue.fragment()))
                .map(Clue::reason)
                .findFirst();
        if (known.isEmpty() && failure instanceof JsonEOFException) {
            return Optional.of("it ends before the JSON is complete");
        }
        return known;
    }

    /** The name from {@code Duplicate field 'name'}: the client's own text, so shortened, never Jackson's. */
    private static String duplicateName(String message) {
        String name = message.substring(DUPLICATE.length(), Math.max(DUPLICATE.length(), message.lastIndexOf('\'')));
        return name.length() <= MAX_ECHO ? name : name.substring(0, MAX_ECHO) + "…";
    }
}
