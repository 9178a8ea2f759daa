package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.AnswerControlCommand;
import dev.syncpoint.application.port.in.DenyControlUseCase;
import dev.syncpoint.application.port.out.ControlRequests;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.ControlAnswerResult;
import dev.syncpoint.domain.lock.ControlDenied;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ControlRequestState;
import java.time.Instant;
import java.util.Optional;

/** The holder refuses a request for control; the requester and watchers are told. */
public final class DenyControlService implements DenyControlUseCase {

    private final LockStore locks;
    private final ControlRequests requests;
    private final LockEvents events;

    public DenyControlService(LockStore locks, ControlRequests requests, LockEvents events) {
        this.locks = locks;
        this.requests = requests;
        this.events = events;
    }

    @Override
    public ControlAnswerResult deny(AnswerControlCommand command) {
        Optional<ControlAnswerResult> refusal = ControlAnswers.refusal(locks, requests, command);
        if (refusal.isPresent()) {
            return refusal.get();
        }

        Instant now = locks.now();
        Optional<ControlRequest> denied = requests.answer(command.request(), ControlRequestState.DENIED, now);
        if (denied.isEmpty()) {
            return ControlAnswers.noOpenRequest(requests, command);
        }

        events.publish(new SyncEvent.ControlDeniedEvent(denied.get(), now));
        return new ControlDenied(denied.get());
    }
}
