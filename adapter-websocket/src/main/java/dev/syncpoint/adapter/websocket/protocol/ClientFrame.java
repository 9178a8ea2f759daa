package dev.syncpoint.adapter.websocket.protocol;

import dev.syncpoint.domain.appointment.AppointmentId;
import java.util.Objects;

/** What a client may send, once the frame has been read and checked. */
public sealed interface ClientFrame {

    /** The first frame of a connection: the same bearer token the HTTP API takes. */
    record Auth(String token) implements ClientFrame {
        public Auth {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "Auth[token=<hidden>]";
        }
    }

    /**
     * @param shown whether the subscriber counts as viewing the appointment: listed in its presence, and
     *     watching it for rule 10. A list of appointments that only wants their lock events subscribes
     *     with {@code presence: false}.
     */
    record Subscribe(AppointmentId appointmentId, boolean shown) implements ClientFrame {
        public Subscribe {
            Objects.requireNonNull(appointmentId, "appointmentId");
        }
    }

    record Unsubscribe(AppointmentId appointmentId) implements ClientFrame {
        public Unsubscribe {
            Objects.requireNonNull(appointmentId, "appointmentId");
        }
    }

    /** Where the sender points in the appointment's editor, as fractions 0..1 of its width and height. */
    record CursorPosition(AppointmentId appointmentId, double x, double y) implements ClientFrame {
        public CursorPosition {
            Objects.requireNonNull(appointmentId, "appointmentId");
        }
    }

    record Ping() implements ClientFrame {}
}
