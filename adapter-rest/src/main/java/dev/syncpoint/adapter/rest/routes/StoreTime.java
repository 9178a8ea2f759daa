package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.problem.RefusalProblems;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.LockStatus;

/**
 * Reads the store's clock for the few answers whose result record carries none (a request for control
 * that already exists, a denial, a request no longer open). It reads the appointment's lock status,
 * which is the one query that answers {@code serverNow}; an appointment deleted meanwhile is a 404.
 */
final class StoreTime {

    private final SyncPoint syncPoint;

    StoreTime(SyncPoint syncPoint) {
        this.syncPoint = syncPoint;
    }

    LockStatus statusOf(AppointmentId id) {
        return syncPoint
                .lockStatus()
                .status(id)
                .orElseThrow(() -> RefusalProblems.appointmentNotFound(id).exception());
    }
}
