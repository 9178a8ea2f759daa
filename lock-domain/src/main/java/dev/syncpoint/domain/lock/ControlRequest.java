package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's request that the holder hand them an appointment's lock (rule 9). A request nobody answers
 * lapses {@link #LAPSE_AFTER} after it was made; a requester has at most one open request per appointment.
 *
 * @param holder the holder the request was addressed to
 */
public record ControlRequest(
        ControlRequestId id,
        AppointmentId appointmentId,
        UserRef requester,
        UserRef holder,
        Instant requestedAt,
        Instant lapsesAt,
        ControlRequestState state) {

    public static final Duration LAPSE_AFTER = Duration.ofSeconds(60);

    public ControlRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(lapsesAt, "lapsesAt");
        Objects.requireNonNull(state, "state");
    }

    public static ControlRequest open(AppointmentId appointmentId, UserRef requester, UserRef holder, Instant now) {
        return new ControlRequest(
                ControlRequestId.random(),
                appointmentId,
                requester,
                holder,
                now,
                now.plus(LAPSE_AFTER),
                ControlRequestState.OPEN);
    }

    /** The state as of {@code now}: an open request past its time has lapsed, whether or not it was stored so. */
    public ControlRequestState stateAt(Instant now) {
        if (state == ControlRequestState.OPEN && !now.isBefore(lapsesAt)) {
            return ControlRequestState.LAPSED;
        }
        return state;
    }

    public boolean isOpenAt(Instant now) {
        return stateAt(now) == ControlRequestState.OPEN;
    }

    public ControlRequest answered(ControlRequestState answer) {
        if (answer != ControlRequestState.GRANTED && answer != ControlRequestState.DENIED) {
            throw new IllegalArgumentException("a request is answered with granted or denied, not " + answer);
        }
        return new ControlRequest(id, appointmentId, requester, holder, requestedAt, lapsesAt, answer);
    }
}
