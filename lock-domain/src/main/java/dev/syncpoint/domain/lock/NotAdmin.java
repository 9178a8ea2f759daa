package dev.syncpoint.domain.lock;

import java.time.Instant;

/** Only admins may do this; nothing changed. */
public record NotAdmin(Instant serverNow) implements ForceReleaseResult, TakeoverResult {}
