package dev.syncpoint.adapter.rest.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One RFC 9457 problem: its type, a detail that says what went wrong with this request, and extension
 * members such as {@code holder} or {@code violations} that let a client act without parsing prose.
 */
public record Problem(ProblemType type, String detail, Map<String, Object> extensions) {

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        // Kept in insertion order, so the members read in the order they were added.
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type, detail, Map.of());
    }

    /** The same problem with one more extension member; a null value is left out. */
    public Problem with(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, detail, more);
    }

    public int status() {
        return type.status();
    }

    public ProblemException exception() {
        return new ProblemException(this);
    }
}
