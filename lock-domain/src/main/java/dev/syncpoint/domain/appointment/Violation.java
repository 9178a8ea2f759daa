package dev.syncpoint.domain.appointment;

import java.util.Objects;

/** One reason a value was refused: the field it concerns and a sentence a person can act on. */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
