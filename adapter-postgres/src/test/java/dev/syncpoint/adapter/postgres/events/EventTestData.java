package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.ReleaseReason;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.event.SyncEvent.AdminTakeover;
import dev.syncpoint.domain.event.SyncEvent.AppointmentCreated;
import dev.syncpoint.domain.event.SyncEvent.AppointmentDeleted;
import dev.syncpoint.domain.event.SyncEvent.AppointmentUpdated;
import dev.syncpoint.domain.event.SyncEvent.ControlDeniedEvent;
import dev.syncpoint.domain.event.SyncEvent.ControlGrantedEvent;
import dev.syncpoint.domain.event.SyncEvent.ControlRequestedEvent;
import dev.syncpoint.domain.event.SyncEvent.CursorMoved;
import dev.syncpoint.domain.event.SyncEvent.LockAcquired;
import dev.syncpoint.domain.event.SyncEvent.LockReleased;
import dev.syncpoint.domain.event.SyncEvent.LockRenewed;
import dev.syncpoint.domain.event.SyncEvent.PresenceChanged;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ControlRequestState;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One event of every kind, and appointments of any size, for the relay's tests. */
final class EventTestData {

    /** Has nanoseconds, so a codec that rounds times to millis or micros shows up. */
    static final Instant AT = ContractTestData.START.plusNanos(123_456_789);

    private static final Duration TTL = Duration.ofMinutes(5);

    private EventTestData() {}

    /** Every variant of {@link SyncEvent}, with optional parts present. */
    static List<SyncEvent> everyKind() {
        UserRef alice = ContractTestData.user("Alice");
        UserRef bob = ContractTestData.user("Bob");
        Appointment appointment = appointment(ContractTestData.appointment().build());
        Lock held = lock(appointment.id(), alice, 7);
        Lock granted = lock(appointment.id(), bob, 8);
        ControlRequest request = ControlRequest.open(appointment.id(), bob, alice, AT);
        return List.of(
                new LockAcquired(held, AT),
                new LockRenewed(held.renewedAt(AT.plusSeconds(30), TTL), AT.plusSeconds(30)),
                new LockReleased(
                        held, ReleaseReason.FORCE_RELEASED, Optional.of(bob), Optional.of("left for lunch"), AT),
                new AdminTakeover(held, granted, Optional.of("Alice is on leave"), AT),
                new ControlRequestedEvent(request, AT),
                new ControlGrantedEvent(request.answered(ControlRequestState.GRANTED), granted, AT),
                new ControlDeniedEvent(request.answered(ControlRequestState.DENIED), AT),
                new AppointmentCreated(appointment, AT),
                new AppointmentUpdated(appointment.change(appointment.details(), AT.plusSeconds(1)), alice, AT),
                new AppointmentDeleted(appointment.id(), alice, AT),
                new PresenceChanged(appointment.id(), "node-a", List.of(alice, bob), AT),
                new CursorMoved(appointment.id(), bob, 0.25, 1.0, AT));
    }

    static Lock lock(AppointmentId appointment, UserRef holder, long token) {
        return Lock.grant(appointment, holder, new FencingToken(token), AT, TTL);
    }

    static Appointment appointment(AppointmentDetails details) {
        return Appointment.create(AppointmentId.random(), details, AT);
    }

    /** An appointment whose description is as long as allowed, made of {@code character}. */
    static Appointment withLongestDescription(char character) {
        String description = String.valueOf(character).repeat(AppointmentDetails.MAX_TEXT);
        return appointment(
                ContractTestData.appointment().describedAs(description).build());
    }

    /**
     * An event that reaches no real appointment, numbered so that tests can tell and order them.
     */
    static SyncEvent numbered(UserRef by, int number) {
        return new AppointmentDeleted(AppointmentId.random(), by, ContractTestData.START.plusSeconds(number));
    }
}
