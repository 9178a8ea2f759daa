package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.ControlRequestResult;

/** Rule 9: open a request for control and notify the holder; one open request per requester. */
public interface RequestControlUseCase {

    ControlRequestResult requestControl(RequestControlCommand command);
}
