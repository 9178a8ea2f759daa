package dev.syncpoint.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.application.port.in.AcquireLockCommand;
import dev.syncpoint.application.port.in.DeleteAppointmentCommand;
import dev.syncpoint.application.port.in.UpdateAppointmentCommand;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.AppointmentChanged;
import dev.syncpoint.domain.lock.AppointmentRemoved;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.NotLockedByEditor;
import dev.syncpoint.domain.lock.UpdateAppointmentResult;
import dev.syncpoint.domain.user.User;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AppointmentUseCasesTest {

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final Appointment appointment = fixture.appointment();
    private final User alice = fixture.user("Alice");
    private final User bob = fixture.user("Bob");
    private final AppointmentDetails renamed =
            ContractTestData.appointment().titled("Moved to room 5").build();

    @Test
    void theHolderChangesTheAppointmentAndWatchersSeeTheNewVersion() {
        Lock lock = acquire(alice);

        UpdateAppointmentResult result = fixture.syncPoint
                .updateAppointment()
                .update(new UpdateAppointmentCommand(appointment.id(), alice, renamed, lock.fencingToken(), 1));

        Appointment changed = ((AppointmentChanged) result).appointment();
        assertThat(changed.version()).isEqualTo(2);
        assertThat(fixture.eventsOf(SyncEvent.AppointmentUpdated.class))
                .singleElement()
                .satisfies(event -> assertThat(event.appointment()).isEqualTo(changed));
    }

    @Test
    void someoneWithoutTheLockChangesNothingAndNobodyHears() {
        Lock lock = acquire(alice);

        UpdateAppointmentResult result = fixture.syncPoint
                .updateAppointment()
                .update(new UpdateAppointmentCommand(appointment.id(), bob, renamed, lock.fencingToken(), 1));

        assertThat(result).isInstanceOf(NotLockedByEditor.class);
        assertThat(fixture.syncPoint.getAppointment().appointment(appointment.id()))
                .contains(appointment);
        assertThat(fixture.eventsOf(SyncEvent.AppointmentUpdated.class)).isEmpty();
    }

    @Test
    void deletingEndsTheHoldersLockAndTellsWatchersBoth() {
        Lock lock = acquire(alice);

        var result = fixture.syncPoint
                .deleteAppointment()
                .delete(new DeleteAppointmentCommand(appointment.id(), alice, lock.fencingToken(), 1));

        assertThat(result).isInstanceOf(AppointmentRemoved.class);
        assertThat(fixture.syncPoint.getAppointment().appointment(appointment.id()))
                .isEmpty();
        assertThat(fixture.eventsOf(SyncEvent.LockReleased.class)).hasSize(1);
        assertThat(fixture.eventsOf(SyncEvent.AppointmentDeleted.class)).hasSize(1);
    }

    @Test
    void aRangeMustRunForwards() {
        Instant now = fixture.clock.instant();

        assertThatThrownBy(() ->
                        fixture.syncPoint.appointmentsInRange().appointmentsBetween(now, now, PageRequest.first(10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Lock acquire(User user) {
        return ((Acquired) fixture.syncPoint
                        .acquireLock()
                        .acquire(new AcquireLockCommand(appointment.id(), user, OptionalLong.empty())))
                .lock();
    }
}
