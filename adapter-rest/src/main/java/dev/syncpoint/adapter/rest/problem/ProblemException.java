package dev.syncpoint.adapter.rest.problem;

import java.util.Objects;

/**
 * Ends a request with a problem answer. It is how a refusal found deep in request parsing reaches the
 * response; it carries no stack trace, since it reports the client's mistake, not ours.
 */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
