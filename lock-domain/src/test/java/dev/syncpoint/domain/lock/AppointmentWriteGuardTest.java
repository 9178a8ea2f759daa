package dev.syncpoint.domain.lock;

import static dev.syncpoint.domain.lock.LockSlotTestData.ALICE;
import static dev.syncpoint.domain.lock.LockSlotTestData.APPOINTMENT;
import static dev.syncpoint.domain.lock.LockSlotTestData.BOB;
import static dev.syncpoint.domain.lock.LockSlotTestData.T0;
import static dev.syncpoint.domain.lock.LockSlotTestData.TTL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppointmentWriteGuardTest {

    private static final FencingToken TOKEN = new FencingToken(3);
    private final Appointment stored =
            Appointment.create(APPOINTMENT, details(), T0).change(details(), T0);
    private final Lock alicesLock = Lock.grant(APPOINTMENT, ALICE, TOKEN, T0, TTL);

    @Test
    void letsTheHolderWriteWithTheCurrentTokenAndVersion() {
        EditPermit permit = new EditPermit(ALICE.id(), TOKEN, 2);

        assertThat(AppointmentWriteGuard.check(stored, Optional.of(alicesLock), permit, T0))
                .isEmpty();
    }

    @Test
    void refusesAWriterWhoDoesNotHoldTheLock() {
        EditPermit permit = new EditPermit(BOB.id(), TOKEN, 2);

        assertThat(AppointmentWriteGuard.check(stored, Optional.of(alicesLock), permit, T0))
                .containsInstanceOf(NotLockedByEditor.class);
    }

    @Test
    void refusesTheHolderOnceTheirLockHasExpired() {
        EditPermit permit = new EditPermit(ALICE.id(), TOKEN, 2);

        assertThat(AppointmentWriteGuard.check(stored, Optional.of(alicesLock), permit, T0.plus(TTL)))
                .containsInstanceOf(NotLockedByEditor.class);
    }

    @Test
    void refusesATokenFromAnEarlierLock() {
        EditPermit permit = new EditPermit(ALICE.id(), new FencingToken(2), 2);

        assertThat(AppointmentWriteGuard.check(stored, Optional.of(alicesLock), permit, T0))
                .containsInstanceOf(StaleFencingToken.class);
    }

    @Test
    void refusesAStaleAppointmentVersionNamingBoth() {
        EditPermit permit = new EditPermit(ALICE.id(), TOKEN, 1);

        Optional<WriteRefusal> refusal = AppointmentWriteGuard.check(stored, Optional.of(alicesLock), permit, T0);

        assertThat(refusal).contains(new StaleAppointmentVersion(1, 2));
    }

    private static AppointmentDetails details() {
        OffsetDateTime start = OffsetDateTime.parse("2026-12-10T09:00:00+01:00");
        return new AppointmentDetails(
                "Review", "", start, start.plusHours(1), AppointmentStatus.SCHEDULED, "", "", List.of());
    }
}
