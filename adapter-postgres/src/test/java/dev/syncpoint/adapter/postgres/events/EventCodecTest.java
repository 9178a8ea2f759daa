package dev.syncpoint.adapter.postgres.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.ReleaseReason;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.event.SyncEvent.AdminTakeover;
import dev.syncpoint.domain.event.SyncEvent.AppointmentUpdated;
import dev.syncpoint.domain.event.SyncEvent.LockReleased;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    static Stream<SyncEvent> everyKind() {
        return EventTestData.everyKind().stream();
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void everyKindOfEventReadsBackEqualToWhatWasWritten(SyncEvent event) {
        String json = codec.encode(event);

        assertThat(codec.decode(json)).isEqualTo(event);
    }

    /** A variant added to the domain fails here until it has a wire shape and a round trip. */
    @Test
    void theTestDataCoversEveryKindOfEventTheDomainHas() {
        List<Class<?>> covered = EventTestData.everyKind().stream()
                .<Class<?>>map(Object::getClass)
                .toList();

        assertThat(covered).containsExactlyInAnyOrder(SyncEvent.class.getPermittedSubclasses());
    }

    @Test
    void everyKindOfEventHasItsOwnTypeName() {
        List<String> types = EventTestData.everyKind().stream()
                .map(event -> field(codec.encode(event), "type"))
                .toList();

        assertThat(types)
                .containsExactly(
                        "lock-acquired",
                        "lock-renewed",
                        "lock-released",
                        "admin-takeover",
                        "control-requested",
                        "control-granted",
                        "control-denied",
                        "appointment-created",
                        "appointment-updated",
                        "appointment-deleted",
                        "presence-changed",
                        "cursor-moved");
    }

    @Test
    void theTextNamesItsWireVersion() {
        String json = codec.encode(EventTestData.everyKind().get(0));

        assertThat(field(json, "v")).isEqualTo("1");
    }

    /**
     * Pins the field names: a rename passes the round trips but breaks nodes of the previous
     * release.
     */
    @Test
    void aVersionOneTextFromAnotherNodeReadsAsItsEvent() {
        String json = """
                {"v": 1, "type": "lock-released", "reason": "force_released", "at": "2031-03-03T08:05:00Z",
                 "by": {"id": "00000000-0000-0000-0000-00000000000b", "name": "Bob", "email": "bob@example.test"},
                 "note": "left for lunch",
                 "lock": {"appointmentId": "00000000-0000-0000-0000-0000000000a1",
                          "holder": {"id": "00000000-0000-0000-0000-00000000000a", "name": "Alice",
                                     "email": "alice@example.test"},
                          "version": 3, "fencingToken": 9,
                          "acquiredAt": "2031-03-03T08:00:00Z", "expiresAt": "2031-03-03T08:10:00Z"}}
                """;

        SyncEvent event = codec.decode(json);

        UserRef alice =
                new UserRef(UserId.parse("00000000-0000-0000-0000-00000000000a"), "Alice", "alice@example.test");
        UserRef bob = new UserRef(UserId.parse("00000000-0000-0000-0000-00000000000b"), "Bob", "bob@example.test");
        Lock lock = new Lock(
                AppointmentId.parse("00000000-0000-0000-0000-0000000000a1"),
                alice,
                3,
                new FencingToken(9),
                Instant.parse("2031-03-03T08:00:00Z"),
                Instant.parse("2031-03-03T08:10:00Z"));
        assertThat(event)
                .isEqualTo(new LockReleased(
                        lock,
                        ReleaseReason.FORCE_RELEASED,
                        Optional.of(bob),
                        Optional.of("left for lunch"),
                        Instant.parse("2031-03-03T08:05:00Z")));
    }

    @Test
    void absentOptionalPartsReadBackAbsent() {
        UserRef alice = ContractTestData.user("Alice");
        SyncEvent released = new LockReleased(
                EventTestData.lock(ContractTestData.idRanked(1), alice, 1),
                ReleaseReason.EXPIRED,
                Optional.empty(),
                EventTestData.AT);
        SyncEvent takeover = new AdminTakeover(
                EventTestData.lock(ContractTestData.idRanked(2), alice, 1),
                EventTestData.lock(ContractTestData.idRanked(2), alice, 2),
                Optional.empty(),
                EventTestData.AT);

        assertThat(codec.decode(codec.encode(released))).isEqualTo(released);
        assertThat(codec.decode(codec.encode(takeover))).isEqualTo(takeover);
    }

    @Test
    void anAppointmentWithTheLongestDescriptionReadsBackWhole() {
        Appointment appointment = EventTestData.withLongestDescription('€');
        SyncEvent event = new AppointmentUpdated(appointment, ContractTestData.user("Alice"), EventTestData.AT);

        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @Test
    void anotherWireVersionIsRefused() {
        String json = codec.encode(EventTestData.everyKind().get(0)).replaceFirst("\"v\":1", "\"v\":2");

        assertThatThrownBy(() -> codec.decode(json))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("version 2");
    }

    @Test
    void textWithoutAVersionIsRefused() {
        assertThatThrownBy(() -> codec.decode("{\"type\":\"lock-acquired\"}"))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void anUnknownTypeIsRefused() {
        String json =
                codec.encode(EventTestData.everyKind().get(0)).replaceFirst("\"lock-acquired\"", "\"lock-painted\"");

        assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void valuesTheDomainRefusesAreRefused() {
        String json = codec.encode(EventTestData.everyKind().get(0)).replaceFirst("\"version\":1", "\"version\":0");

        assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void aMissingFieldIsRefused() {
        String json = codec.encode(EventTestData.everyKind().get(0)).replaceFirst("\"fencingToken\":7,", "");

        assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void fieldsThisVersionDoesNotKnowAreIgnored() {
        SyncEvent event = EventTestData.everyKind().get(0);
        String json = codec.encode(event).replaceFirst("\\{", "{\"addedLater\":true,");

        assertThat(codec.decode(json)).isEqualTo(event);
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> codec.decode("lock acquired")).isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> codec.decode("[1]")).isInstanceOf(UnreadableEventException.class);
    }

    private static String field(String json, String name) {
        try {
            JsonNode node = new ObjectMapper().readTree(json).get(name);
            return node == null ? null : node.asText();
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
