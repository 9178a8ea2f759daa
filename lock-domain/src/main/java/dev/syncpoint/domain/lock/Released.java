package dev.syncpoint.domain.lock;

import java.time.Duration;
import java.time.Instant;

/** The holder's lock ended, recorded as {@code released} with how long it was held (rule 6). */
public record Released(Lock ended, Duration heldFor, Instant serverNow) implements ReleaseResult {}
