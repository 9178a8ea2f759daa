package dev.syncpoint.adapter.websocket.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything the server sends, one record per {@code type}. Every frame about a lock carries
 * {@code serverNow}, the store's time, so clients count down against it rather than their own clock.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public sealed interface ServerFrame {

    @JsonTypeName("authenticated")
    record Authenticated(UserView user, Instant serverNow) implements ServerFrame {}

    /** The answer to {@code subscribe}: the appointment's state before any event about it. */
    @JsonTypeName("subscribed")
    record Subscribed(UUID appointmentId, LockView lock, List<PersonView> watchers, Instant serverNow)
            implements ServerFrame {}

    @JsonTypeName("unsubscribed")
    record Unsubscribed(UUID appointmentId) implements ServerFrame {}

    @JsonTypeName("lock-acquired")
    record LockAcquired(UUID appointmentId, LockView lock, Instant serverNow) implements ServerFrame {}

    @JsonTypeName("lock-renewed")
    record LockRenewed(UUID appointmentId, LockView lock, Instant serverNow) implements ServerFrame {}

    /**
     * @param by who ended the lock when it was not its holder: an admin, or the user it was handed to
     * @param note the admin's reason for a force-release, or null
     */
    @JsonTypeName("lock-released")
    record LockReleased(UUID appointmentId, LockView lock, String reason, PersonView by, String note, Instant serverNow)
            implements ServerFrame {}

    @JsonTypeName("admin-takeover")
    record AdminTakeover(UUID appointmentId, LockView previous, LockView lock, String reason, Instant serverNow)
            implements ServerFrame {}

    @JsonTypeName("control-requested")
    record ControlRequested(UUID appointmentId, ControlRequestView request, Instant serverNow) implements ServerFrame {}

    @JsonTypeName("control-granted")
    record ControlGranted(UUID appointmentId, ControlRequestView request, LockView lock, Instant serverNow)
            implements ServerFrame {}

    @JsonTypeName("control-denied")
    record ControlDenied(UUID appointmentId, ControlRequestView request, Instant serverNow) implements ServerFrame {}

    @JsonTypeName("appointment-updated")
    record AppointmentUpdated(UUID appointmentId, AppointmentView appointment, PersonView by, Instant serverNow)
            implements ServerFrame {}

    @JsonTypeName("appointment-deleted")
    record AppointmentDeleted(UUID appointmentId, PersonView by, Instant serverNow) implements ServerFrame {}

    /** Everyone watching the appointment, on every node, each person once. */
    @JsonTypeName("presence")
    record Presence(UUID appointmentId, List<PersonView> watchers, Instant serverNow) implements ServerFrame {}

    /** @param gone true once the cursor stopped (idle or its owner left); x and y are then null */
    @JsonTypeName("cursor-update")
    record CursorUpdate(UUID appointmentId, PersonView user, Double x, Double y, boolean gone) implements ServerFrame {

        public static CursorUpdate at(UUID appointmentId, PersonView user, double x, double y) {
            return new CursorUpdate(appointmentId, user, x, y, false);
        }

        public static CursorUpdate vanished(UUID appointmentId, PersonView user) {
            return new CursorUpdate(appointmentId, user, null, null, true);
        }
    }

    @JsonTypeName("pong")
    record Pong(Instant serverNow) implements ServerFrame {}

    /** @param appointmentId the appointment the refused frame named, when it could be read */
    @JsonTypeName("error")
    record Error(
            String code,
            String message,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID appointmentId) implements ServerFrame {

        public static Error of(FrameProblem problem) {
            return new Error(
                    problem.code().wireName(),
                    problem.message(),
                    problem.appointmentId().map(a -> a.value()).orElse(null));
        }
    }
}
