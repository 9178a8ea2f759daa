package dev.syncpoint.domain.lock;

import java.time.Instant;

/** In one step the holder's lock ended as {@code force_released} and the admin was granted a new one. */
public record TakenOver(Lock ended, Lock granted, Instant serverNow) implements TakeoverResult {}
