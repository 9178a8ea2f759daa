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

/** The checks granting and denying share: the caller holds the lock and the request is open for it. */
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
        return Optional.empty();
    }

    static ControlAnswerResult noOpenRequest(ControlRequests requests, AnswerControlCommand command) {
        return new NoOpenRequest(requests.find(command.request()));
    }
}
