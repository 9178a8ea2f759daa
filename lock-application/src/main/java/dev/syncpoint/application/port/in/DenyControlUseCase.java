package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.ControlAnswerResult;

/** Rule 9: the holder keeps the lock and the requester is told. */
public interface DenyControlUseCase {

    ControlAnswerResult deny(AnswerControlCommand command);
}
