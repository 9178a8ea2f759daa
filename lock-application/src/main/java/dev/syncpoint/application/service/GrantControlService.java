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
 * The holder grants a request for control: the lock moves to the requester in one store operation, and
 * only then is the request marked granted. The lock store decides: of two grants racing, or a grant racing
 * a release or an expiry, only a transfer the store accepts counts, and a refused one leaves the request
 * open for the holder to answer again.
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

        ControlRequest request = requests.find(command.request()).orElseThrow();
        TransferResult transfer = locks.transfer(
                command.appointment(), command.actor().id(), request.requester(), policy.ttl(), Optional.empty());
        if (!(transfer instanceof Transferred moved)) {
            return refusal(transfer);
        }

        // The lock has moved, so the request is granted even if it lapsed in the instant since the check.
        ControlRequest granted = requests.answer(request.id(), ControlRequestState.GRANTED, moved.serverNow())
                .orElseGet(() -> request.answered(ControlRequestState.GRANTED));
        announce(granted, moved);
        return new ControlGranted(granted, moved);
    }

    private void announce(ControlRequest request, Transferred moved) {
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
    }

    private static ControlAnswerResult refusal(TransferResult transfer) {
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
