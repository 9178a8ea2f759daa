package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.ControlAnswerResult;

/** Rule 9: the holder hands the lock to the requester, who gets a new fencing token. */
public interface GrantControlUseCase {

    ControlAnswerResult grant(AnswerControlCommand command);
}
