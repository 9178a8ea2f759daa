package dev.syncpoint.domain.appointment;

import java.util.Objects;
import java.util.UUID;

/** Identifies an appointment; locks, history and events all refer to it. */
public record AppointmentId(UUID value) {

    public AppointmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }

    public static AppointmentId parse(String text) {
        return new AppointmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
