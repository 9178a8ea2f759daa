package dev.syncpoint.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.SyncEvent.CursorMoved;
import dev.syncpoint.domain.event.SyncEvent.PresenceChanged;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiveViewEventsTest {

    private static final AppointmentId APPOINTMENT = new AppointmentId(UUID.randomUUID());
    private static final UserRef ALICE = new UserRef(new UserId(UUID.randomUUID()), "Alice", "alice@example.com");
    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void aCursorInsideTheEditorIsAccepted(double fraction) {
        CursorMoved moved = new CursorMoved(APPOINTMENT, ALICE, fraction, fraction, AT);

        assertThat(moved.x()).isEqualTo(fraction);
        assertThat(moved.y()).isEqualTo(fraction);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.001, 1.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aCursorOutsideTheEditorIsRefusedOnEitherAxis(double outside) {
        assertThatThrownBy(() -> new CursorMoved(APPOINTMENT, ALICE, outside, 0.5, AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x must be a fraction");
        assertThatThrownBy(() -> new CursorMoved(APPOINTMENT, ALICE, 0.5, outside, AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("y must be a fraction");
    }

    @Test
    void presenceKeepsTheWatchersAsTheyWereAnnounced() {
        List<UserRef> watchers = new ArrayList<>(List.of(ALICE));
        PresenceChanged presence = new PresenceChanged(APPOINTMENT, "node-a", watchers, AT);

        watchers.clear();

        assertThat(presence.watchers()).containsExactly(ALICE);
        assertThat(presence.appointmentId()).isEqualTo(APPOINTMENT);
    }
}
