package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;

/** An admin ended someone's lock, recorded as {@code force_released} with the admin as actor (rule 8). */
public record ForceReleased(Lock ended, UserRef admin, Duration heldFor, Instant serverNow)
        implements ForceReleaseResult {}
