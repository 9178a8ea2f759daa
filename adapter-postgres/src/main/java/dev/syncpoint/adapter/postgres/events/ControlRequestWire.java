package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ControlRequestId;
import dev.syncpoint.domain.lock.ControlRequestState;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A request for control on the wire; its state is the lower-case name, as in {@code "open"}. */
record ControlRequestWire(
        UUID id,
        UUID appointmentId,
        UserWire requester,
        UserWire holder,
        Instant requestedAt,
        Instant lapsesAt,
        String state) {

    static ControlRequestWire of(ControlRequest request) {
        return new ControlRequestWire(
                request.id().value(),
                request.appointmentId().value(),
                UserWire.of(request.requester()),
                UserWire.of(request.holder()),
                request.requestedAt(),
                request.lapsesAt(),
                request.state().name().toLowerCase(Locale.ROOT));
    }

    ControlRequest toRequest() {
        return new ControlRequest(
                new ControlRequestId(id),
                new AppointmentId(appointmentId),
                requester.toUser(),
                holder.toUser(),
                requestedAt,
                lapsesAt,
                ControlRequestState.valueOf(state.toUpperCase(Locale.ROOT)));
    }
}
