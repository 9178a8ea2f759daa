package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.AnswerControlCommand;
import dev.syncpoint.application.port.out.ControlRequests;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.lock.ControlAnswerResult;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.LockStatus;
import dev.syncpoint.domain.lock.NoOpenRequest;
import dev.syncpoint.domain.lock.NotHolder;
import dev.syncpoint.domain.lock.NotLocked;
import java.util.Optional;

/**
 * The checks granting and denying share: the caller holds the lock, and an open request for this appointment
 * was sent to them.
 */
final class ControlAnswers {

    private ControlAnswers() {}

    static Optional<ControlAnswerResult> refusal(
            LockStore locks, ControlRequests requests, AnswerControlCommand command) {
        LockStatus status = locks.status(command.appointment());
        Optional<ControlRequest> request =
                requests.find(command.request()).filter(r -> r.appointmentId().equals(command.appointment()));

        if (request.isEmpty() || !request.get().isOpenAt(status.serverNow())) {
            return Optional.of(new NoOpenRequest(request));
        }
        if (status.lock().isEmpty()) {
            return Optional.of(new NotLocked(status.serverNow()));
        }
        if (!status.lock().get().isHeldBy(command.actor().id())) {
            return Optional.of(new NotHolder(status.lock().get(), status.serverNow()));
        }
        if (!isAddressedTo(request.get(), command)) {
            return Optional.of(new NoOpenRequest(request));
        }
        return Optional.empty();
    }

    /**
     * A request is the business of the holder it was sent to, and never of its own requester: after a
     * takeover the new holder was not asked, and a requester who now holds the lock has nothing to receive.
     */
    private static boolean isAddressedTo(ControlRequest request, AnswerControlCommand command) {
        return request.holder().id().equals(command.actor().id())
                && !request.requester().id().equals(command.actor().id());
    }

    static ControlAnswerResult noOpenRequest(ControlRequests requests, AnswerControlCommand command) {
        return new NoOpenRequest(requests.find(command.request()));
    }
}
