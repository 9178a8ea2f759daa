package dev.syncpoint.domain.history;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What happened to a lock. {@link #ACQUIRED} starts an ownership; every other action ends one, and each
 * ownership ends at most once.
 */
public enum HistoryAction {
    ACQUIRED,
    RELEASED,
    EXPIRED,
    FORCE_RELEASED,
    TRANSFERRED;

    public boolean endsOwnership() {
        return this != ACQUIRED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<HistoryAction> fromWireName(String text) {
        return Arrays.stream(values()).filter(a -> a.wireName().equals(text)).findFirst();
    }
}
