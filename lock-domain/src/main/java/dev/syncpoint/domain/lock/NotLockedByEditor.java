package dev.syncpoint.domain.lock;

import java.time.Instant;
import java.util.Optional;

/**
 * The writer does not hold the appointment's live lock (rule 11).
 *
 * @param current the live lock, held by someone else, or empty when nobody holds one
 */
public record NotLockedByEditor(Optional<Lock> current, Instant serverNow) implements WriteRefusal, LockAnswer {}
