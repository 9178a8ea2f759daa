package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.AdminOnly;
import dev.syncpoint.application.port.in.LiveLocksQuery;
import dev.syncpoint.application.port.in.LockStatusQuery;
import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockStatus;
import dev.syncpoint.domain.user.User;
import java.util.List;
import java.util.Optional;

/** Reads who holds what; reading never changes a lock. */
public final class LockStatusService implements LockStatusQuery, LiveLocksQuery {

    private final LockStore locks;
    private final AppointmentStore appointments;

    public LockStatusService(LockStore locks, AppointmentStore appointments) {
        this.locks = locks;
        this.appointments = appointments;
    }

    @Override
    public Optional<LockStatus> status(AppointmentId appointment) {
        if (appointments.find(appointment).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(locks.status(appointment));
    }

    @Override
    public AdminOnly<List<Lock>> liveLocks(User actor) {
        if (!actor.isAdmin()) {
            return new AdminOnly.Refused<>();
        }
        return new AdminOnly.Allowed<>(locks.liveLocks());
    }
}
