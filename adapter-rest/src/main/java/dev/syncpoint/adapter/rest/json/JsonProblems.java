package dev.syncpoint.adapter.rest.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.syncpoint.adapter.rest.problem.Problem;
import dev.syncpoint.adapter.rest.problem.ProblemType;
import dev.syncpoint.adapter.rest.problem.Violations;
import dev.syncpoint.domain.appointment.Violation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says in plain words what was wrong with a body Jackson could not read: which field is unknown, which
 * has the wrong type, or where the JSON itself breaks and why. Jackson's own messages name Java classes
 * and Jackson's settings, so none of their text is passed on.
 */
final class JsonProblems {

    private static final Map<Class<?>, String> TYPE_NAMES =
            Map.of(String.class, "a string", Long.class, "an integer", Integer.class, "an integer");

    private JsonProblems() {}

    static Problem of(JacksonException failure) {
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (failure instanceof MismatchedInputException mismatch) {
            return wrongType(mismatch);
        }
        if (failure instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException) {
            return Violations.problem(List.of(new Violation(pathOf(mapping), pathOf(mapping) + " is out of range")));
        }
        if (failure instanceof InputCoercionException) {
            return Problem.of(ProblemType.INVALID_REQUEST, "a number in the body is out of range");
        }
        if (failure instanceof StreamReadException syntax) {
            return malformed(syntax);
        }
        // Inside an array or a record, Jackson wraps the parser's complaint in one of its own.
        if (failure.getCause() instanceof StreamReadException syntax) {
            return malformed(syntax);
        }
        if (failure instanceof StreamConstraintsException limit) {
            return overLimit(limit);
        }
        if (failure.getCause() instanceof StreamConstraintsException limit) {
            return overLimit(limit);
        }
        return Problem.of(ProblemType.MALFORMED_JSON, "the body could not be read as JSON");
    }

    /** The body holds one JSON value as it should, and then more, which starts at {@code where}. */
    static Problem trailing(JsonLocation where) {
        String detail = "the body must be one JSON object; found more after it" + at(where);
        return Problem.of(ProblemType.MALFORMED_JSON, detail);
    }

    /** The body is valid JSON, but an array, a string, a number or a literal, where an object belongs. */
    static Problem notAnObject(JsonToken first) {
        return Problem.of(ProblemType.INVALID_REQUEST, "the body must be a JSON object, not " + kindOf(first));
    }

    /** Jackson's reading limits guard the server; which one was reached is told, in our words. */
    private static Problem overLimit(StreamConstraintsException limit) {
        String message = String.valueOf(limit.getOriginalMessage());
        String detail;
        if (message.contains("nesting")) {
            detail = "the JSON nests too deeply to read";
        } else if (message.contains("Number")) {
            detail = "a number in the body has too many digits to read";
        } else {
            detail = "the JSON holds a name or text too long to read";
        }
        return Problem.of(ProblemType.MALFORMED_JSON, detail);
    }

    private static Problem unknownField(UnrecognizedPropertyException unknown) {
        String field = pathOf(unknown);
        String known = names(unknown.getKnownPropertyIds());
        String message = "unknown field '" + field + "'; the fields here are " + known;
        return Violations.problem(List.of(new Violation(field, message)));
    }

    private static Problem wrongType(MismatchedInputException mismatch) {
        String field = pathOf(mismatch);
        if (field.isEmpty()) {
            return Problem.of(ProblemType.INVALID_REQUEST, "the body must be a JSON object");
        }
        String expected = expectedType(mismatch.getTargetType());
        return Violations.problem(List.of(new Violation(field, field + " must be " + expected)));
    }

    private static String expectedType(Class<?> target) {
        if (target != null && Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        return TYPE_NAMES.getOrDefault(target, "an object");
    }

    private static Problem malformed(StreamReadException syntax) {
        String where = "the body is not valid JSON" + at(syntax.getLocation());
        String detail = JsonSyntaxReasons.of(syntax)
                .map(reason -> where + ": " + reason)
                .orElse(where);
        return Problem.of(ProblemType.MALFORMED_JSON, detail);
    }

    private static String at(JsonLocation where) {
        if (where == null || where.getLineNr() < 1) {
            return "";
        }
        return " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    private static String kindOf(JsonToken token) {
        if (token == null) {
            return "empty";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> "what it holds";
        };
    }

    /** The field's path as a client wrote it: {@code title}, {@code attendees[2]}. */
    private static String pathOf(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : failure.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String names(Collection<Object> known) {
        if (known == null || known.isEmpty()) {
            return "none";
        }
        return known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
}
