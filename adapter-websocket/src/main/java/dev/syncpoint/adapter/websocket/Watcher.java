package dev.syncpoint.adapter.websocket;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.UserId;

/** One person at one appointment: whose cursor it is, or whose lock waits for them to come back. */
record Watcher(AppointmentId appointment, UserId user) {}
