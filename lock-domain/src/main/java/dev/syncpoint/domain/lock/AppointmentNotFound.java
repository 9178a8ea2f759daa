package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.appointment.AppointmentId;
import java.time.Instant;

/** There is no appointment with this id, so there is no lock to talk about. */
public record AppointmentNotFound(AppointmentId appointmentId, Instant serverNow)
        implements AcquireResult,
                HeartbeatResult,
                ReleaseResult,
                ForceReleaseResult,
                TakeoverResult,
                TransferResult,
                ControlRequestResult,
                ControlAnswerResult,
                UpdateAppointmentResult,
                DeleteAppointmentResult {}
