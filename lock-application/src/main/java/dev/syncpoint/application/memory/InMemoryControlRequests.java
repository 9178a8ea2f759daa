package dev.syncpoint.application.memory;

import dev.syncpoint.application.port.out.ControlRequests;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ControlRequestId;
import dev.syncpoint.domain.lock.ControlRequestState;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ControlRequests} in memory, under one monitor. */
public final class InMemoryControlRequests implements ControlRequests {

    private final Map<ControlRequestId, ControlRequest> requests = new LinkedHashMap<>();

    @Override
    public synchronized ControlRequest openUnlessPending(ControlRequest request, Instant now) {
        Optional<ControlRequest> pending = requests.values().stream()
                .filter(r -> r.appointmentId().equals(request.appointmentId()))
                .filter(r -> r.requester().id().equals(request.requester().id()))
                .filter(r -> r.isOpenAt(now))
                .findFirst();
        if (pending.isPresent()) {
            return pending.get();
        }
        requests.put(request.id(), request);
        return request;
    }

    @Override
    public synchronized Optional<ControlRequest> find(ControlRequestId id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public synchronized List<ControlRequest> openFor(AppointmentId appointment, Instant now) {
        return requests.values().stream()
                .filter(r -> r.appointmentId().equals(appointment))
                .filter(r -> r.isOpenAt(now))
                .sorted(Comparator.comparing(ControlRequest::requestedAt))
                .toList();
    }

    @Override
    public synchronized Optional<ControlRequest> answer(ControlRequestId id, ControlRequestState answer, Instant now) {
        ControlRequest request = requests.get(id);
        if (request == null || !request.isOpenAt(now)) {
            return Optional.empty();
        }
        ControlRequest answered = request.answered(answer);
        requests.put(id, answered);
        return Optional.of(answered);
    }
}
