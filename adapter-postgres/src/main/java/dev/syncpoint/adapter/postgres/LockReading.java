package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.lock.Lock;
import java.time.Instant;
import java.util.Optional;

/** A read of an appointment's live lock together with the store's clock at the moment of reading. */
record LockReading(Instant now, Optional<Lock> lock) {}
