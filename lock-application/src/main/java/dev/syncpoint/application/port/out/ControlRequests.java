package dev.syncpoint.application.port.out;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ControlRequestId;
import dev.syncpoint.domain.lock.ControlRequestState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Open and answered requests for control (rule 9). A request counts as open only while
 * {@link ControlRequest#isOpenAt} holds at the {@code now} the caller passes, which comes from the
 * lock store's clock.
 */
public interface ControlRequests {

    /**
     * Stores {@code request} unless its requester already has an open request for the same appointment;
     * answers the request that is open afterwards, which is the earlier one in that case.
     */
    ControlRequest openUnlessPending(ControlRequest request, Instant now);

    Optional<ControlRequest> find(ControlRequestId id);

    /** Open requests for the appointment, oldest first. */
    List<ControlRequest> openFor(AppointmentId appointment, Instant now);

    /**
     * Records the holder's answer if the request is still open at {@code now}; answers the request as
     * answered, or empty when it was not open (already answered, lapsed, or unknown).
     */
    Optional<ControlRequest> answer(ControlRequestId id, ControlRequestState answer, Instant now);
}
