package dev.syncpoint.application.contract;

import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.ControlRequests;
import dev.syncpoint.application.port.out.LockHistory;
import dev.syncpoint.application.port.out.LockStore;
import java.util.Objects;

/**
 * The stores of one adapter that share state and one clock: an appointment created in one is lockable in
 * the other, and every lock change shows up in the history.
 */
public record SharedStores(
        LockStore lockStore,
        LockHistory lockHistory,
        AppointmentStore appointmentStore,
        ControlRequests controlRequests) {

    public SharedStores {
        Objects.requireNonNull(lockStore, "lockStore");
        Objects.requireNonNull(lockHistory, "lockHistory");
        Objects.requireNonNull(appointmentStore, "appointmentStore");
        Objects.requireNonNull(controlRequests, "controlRequests");
    }
}
