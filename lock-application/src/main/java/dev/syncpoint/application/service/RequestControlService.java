package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.RequestControlCommand;
import dev.syncpoint.application.port.in.RequestControlUseCase;
import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.ControlRequests;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.AlreadyHolder;
import dev.syncpoint.domain.lock.AlreadyRequested;
import dev.syncpoint.domain.lock.AppointmentNotFound;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ControlRequestResult;
import dev.syncpoint.domain.lock.ControlRequested;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockStatus;
import dev.syncpoint.domain.lock.NotLocked;

/** Opens a request for control addressed to the current holder, at most one per requester. */
public final class RequestControlService implements RequestControlUseCase {

    private final LockStore locks;
    private final AppointmentStore appointments;
    private final ControlRequests requests;
    private final LockEvents events;

    public RequestControlService(
            LockStore locks, AppointmentStore appointments, ControlRequests requests, LockEvents events) {
        this.locks = locks;
        this.appointments = appointments;
        this.requests = requests;
        this.events = events;
    }

    @Override
    public ControlRequestResult requestControl(RequestControlCommand command) {
        LockStatus status = locks.status(command.appointment());
        if (appointments.find(command.appointment()).isEmpty()) {
            return new AppointmentNotFound(command.appointment(), status.serverNow());
        }
        if (status.lock().isEmpty()) {
            return new NotLocked(status.serverNow());
        }
        Lock current = status.lock().get();
        if (current.isHeldBy(command.actor().id())) {
            return new AlreadyHolder(current, status.serverNow());
        }

        ControlRequest candidate =
                ControlRequest.open(command.appointment(), command.actor().ref(), current.holder(), status.serverNow());
        ControlRequest open = requests.openUnlessPending(candidate, status.serverNow());
        if (!open.id().equals(candidate.id())) {
            return new AlreadyRequested(open);
        }

        events.publish(new SyncEvent.ControlRequestedEvent(open, status.serverNow()));
        return new ControlRequested(open, current);
    }
}
