package dev.syncpoint.adapter.websocket.protocol;

import dev.syncpoint.domain.appointment.AppointmentId;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a frame was refused, as the {@code error} frame tells it.
 *
 * @param appointmentId the appointment the frame named, when it named one that could be read
 */
public record FrameProblem(ErrorCode code, String message, Optional<AppointmentId> appointmentId) {

    public FrameProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(appointmentId, "appointmentId");
    }

    public static FrameProblem of(ErrorCode code, String message) {
        return new FrameProblem(code, message, Optional.empty());
    }

    public static FrameProblem about(AppointmentId appointment, ErrorCode code, String message) {
        return new FrameProblem(code, message, Optional.of(appointment));
    }
}
