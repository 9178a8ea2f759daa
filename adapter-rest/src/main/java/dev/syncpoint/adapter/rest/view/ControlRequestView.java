package dev.syncpoint.adapter.rest.view;

import dev.syncpoint.domain.lock.ControlRequest;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A request for control, with its state as of the answer's {@code serverNow}. */
public record ControlRequestView(
        UUID id,
        UUID appointmentId,
        HolderView requester,
        HolderView holder,
        Instant requestedAt,
        Instant lapsesAt,
        String state) {

    public static ControlRequestView of(ControlRequest request, Instant now) {
        return new ControlRequestView(
                request.id().value(),
                request.appointmentId().value(),
                HolderView.of(request.requester()),
                HolderView.of(request.holder()),
                request.requestedAt(),
                request.lapsesAt(),
                request.stateAt(now).name().toLowerCase(Locale.ROOT));
    }
}
