package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.lock.FencingToken;
import java.time.Instant;

/**
 * What a transaction learns on locking an appointment's {@code lock_slots} row: the instant all of its
 * decisions are made at, read after the row lock was granted, and the last fencing token issued.
 */
record SlotEntry(Instant now, FencingToken lastIssued) {}
