package dev.syncpoint.domain.event;

import java.util.Locale;

/** Why a lock ended, as watchers are told. */
public enum ReleaseReason {
    RELEASED,
    EXPIRED,
    FORCE_RELEASED,
    TRANSFERRED,
    DISCONNECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
