package dev.syncpoint.adapter.rest.problem;

import dev.syncpoint.domain.appointment.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** Turns field-level complaints into one {@code invalid-request} problem that lists them all. */
public final class Violations {

    private Violations() {}

    public static Problem problem(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request needs at least one violation");
        }
        String detail = violations.stream().map(Violation::message).collect(Collectors.joining("; "));
        return Problem.of(ProblemType.INVALID_REQUEST, detail).with("violations", List.copyOf(violations));
    }

    public static ProblemException exception(String field, String message) {
        return exception(new Violation(field, message));
    }

    public static ProblemException exception(Violation violation) {
        return problem(List.of(violation)).exception();
    }
}
