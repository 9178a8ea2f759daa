package dev.syncpoint.adapter.rest.view;

import java.time.Instant;
import java.util.UUID;

/** Who, if anyone, holds an appointment's lock, read at the store's {@code serverNow}. */
public record LockStatusView(UUID appointmentId, boolean locked, LockView lock, Instant serverNow) {}
