package dev.syncpoint.adapter.websocket.protocol;

import dev.syncpoint.domain.lock.ControlRequest;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A request for control, in the HTTP API's shape, with its state as of the frame's {@code serverNow}. */
public record ControlRequestView(
        UUID id,
        UUID appointmentId,
        PersonView requester,
        PersonView holder,
        Instant requestedAt,
        Instant lapsesAt,
        String state) {

    public static ControlRequestView of(ControlRequest request, Instant now) {
        return new ControlRequestView(
                request.id().value(),
                request.appointmentId().value(),
                PersonView.of(request.requester()),
                PersonView.of(request.holder()),
                request.requestedAt(),
                request.lapsesAt(),
                request.stateAt(now).name().toLowerCase(Locale.ROOT));
    }
}
