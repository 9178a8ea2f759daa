package dev.syncpoint.domain.appointment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an appointment stands; the wire names are the lower-case constant names. */
public enum AppointmentStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AppointmentStatus> fromWireName(String text) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(text)).findFirst();
    }
}
