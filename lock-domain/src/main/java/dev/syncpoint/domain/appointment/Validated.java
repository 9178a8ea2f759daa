package dev.syncpoint.domain.appointment;

import java.util.List;

/** The outcome of checking input: either a value that keeps its invariants, or every reason it does not. */
public sealed interface Validated<T> {

    record Valid<T>(T value) implements Validated<T> {}

    record Invalid<T>(List<Violation> violations) implements Validated<T> {

        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid value needs at least one violation");
            }
        }
    }
}
