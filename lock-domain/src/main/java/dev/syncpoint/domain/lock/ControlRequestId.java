package dev.syncpoint.domain.lock;

import java.util.Objects;
import java.util.UUID;

/** Identifies one request for control of an appointment. */
public record ControlRequestId(UUID value) {

    public ControlRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static ControlRequestId random() {
        return new ControlRequestId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
