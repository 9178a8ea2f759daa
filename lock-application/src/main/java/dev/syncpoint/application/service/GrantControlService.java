package dev.syncpoint.application.service;

import dev.syncpoint.application.LockPolicy;
import dev.syncpoint.application.port.in.AnswerControlCommand;
import dev.syncpoint.application.port.in.GrantControlUseCase;
import dev.syncpoint.application.port.out.ControlRequests;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.event.ReleaseReason;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.AppointmentNotFound;
import dev.syncpoint.domain.lock.ControlAnswerResult;
import dev.syncpoint.domain.lock.ControlGranted;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ControlRequestState;
import dev.syncpoint.domain.lock.NotHolder;
import dev.syncpoint.domain.lock.NotLocked;
import dev.syncpoint.domain.lock.TransferResult;
import dev.syncpoint.domain.lock.Transferred;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * The holder grants a request for control: the request is marked granted, then the lock moves to the
 * requester in one store operation.
 *
 * <p>Known limit: the request and the lock are two stores, so the two steps are not one transaction. If
 * the lock changes hands between them (an admin takeover in that instant), the request stays marked granted
 * while the transfer is refused, and the caller gets that refusal. The lock itself is never wrong.
 */
public final class GrantControlService implements GrantControlUseCase {

    private static final System.Logger LOG = System.getLogger(GrantControlService.class.getName());

    private final LockStore locks;
    private final ControlRequests requests;
    private final LockEvents events;
    private final LockPolicy policy;

    public GrantControlService(LockStore locks, ControlRequests requests, LockEvents events, LockPolicy policy) {
        this.locks = locks;
        this.requests = requests;
        this.events = events;
        this.policy = policy;
    }

    @Override
    public ControlAnswerResult grant(AnswerControlCommand command) {
        Optional<ControlAnswerResult> refusal = ControlAnswers.refusal(locks, requests, command);
        if (refusal.isPresent()) {
            return refusal.get();
        }

        Optional<ControlRequest> granted = requests.answer(command.request(), ControlRequestState.GRANTED, locks.now());
        if (granted.isEmpty()) {
            return ControlAnswers.noOpenRequest(requests, command);
        }

        TransferResult transfer = locks.transfer(
                command.appointment(), command.actor().id(), granted.get().requester(), policy.ttl(), Optional.empty());
        return answer(granted.get(), transfer);
    }

    private ControlAnswerResult answer(ControlRequest request, TransferResult transfer) {
        if (transfer instanceof Transferred moved) {
            events.publish(new SyncEvent.LockReleased(
                    moved.ended(), ReleaseReason.TRANSFERRED, Optional.of(request.requester()), moved.serverNow()));
            events.publish(new SyncEvent.LockAcquired(moved.granted(), moved.serverNow()));
            events.publish(new SyncEvent.ControlGrantedEvent(request, moved.granted(), moved.serverNow()));
            LOG.log(
                    Level.INFO,
                    "appointment {0} handed from {1} to {2} (token {3})",
                    request.appointmentId(),
                    moved.ended().holder().id(),
                    moved.granted().holder().id(),
                    moved.granted().fencingToken());
            return new ControlGranted(request, moved);
        }
        if (transfer instanceof NotHolder notHolder) {
            return notHolder;
        }
        if (transfer instanceof NotLocked notLocked) {
            return notLocked;
        }
        if (transfer instanceof AppointmentNotFound notFound) {
            return notFound;
        }
        throw new IllegalStateException("a transfer that names no token cannot be stale: " + transfer);
    }
}
