package dev.syncpoint.domain.lock;

import java.time.Instant;

/** The holder's lock ended as {@code transferred} and the requester was granted a new one (rule 9). */
public record Transferred(Lock ended, Lock granted, Instant serverNow) implements TransferResult {}
