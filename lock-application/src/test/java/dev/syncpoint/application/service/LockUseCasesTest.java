package dev.syncpoint.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.port.in.AbandonedLockCommand;
import dev.syncpoint.application.port.in.AcquireLockCommand;
import dev.syncpoint.application.port.in.AdminLockCommand;
import dev.syncpoint.application.port.in.AdminOnly;
import dev.syncpoint.application.port.in.HeartbeatCommand;
import dev.syncpoint.application.port.in.ReleaseLockCommand;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.ReleaseReason;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.AppointmentNotFound;
import dev.syncpoint.domain.lock.ForceReleaseResult;
import dev.syncpoint.domain.lock.ForceReleased;
import dev.syncpoint.domain.lock.HeldByOther;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockLost;
import dev.syncpoint.domain.lock.NotAdmin;
import dev.syncpoint.domain.lock.Released;
import dev.syncpoint.domain.lock.TakenOver;
import dev.syncpoint.domain.lock.TakeoverResult;
import dev.syncpoint.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LockUseCasesTest {

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final Appointment appointment = fixture.appointment();
    private final User alice = fixture.user("Alice");
    private final User bob = fixture.user("Bob");
    private final User admin = fixture.admin("Ada");

    @Test
    void anAcquireTellsWatchersAndAConflictTellsNobody() {
        Lock lock = acquire(alice);

        AcquireResult conflict = fixture.syncPoint
                .acquireLock()
                .acquire(new AcquireLockCommand(appointment.id(), bob, OptionalLong.empty()));

        assertThat(conflict)
                .isInstanceOfSatisfying(
                        HeldByOther.class, held -> assertThat(held.current()).isEqualTo(lock));
        assertThat(fixture.events).containsExactly(new SyncEvent.LockAcquired(lock, lock.acquiredAt()));
    }

    @Test
    void aHeartbeatRenewsAndWatchersSeeTheNewExpiry() {
        Lock lock = acquire(alice);
        fixture.clock.advance(Duration.ofSeconds(100));

        fixture.syncPoint
                .heartbeat()
                .heartbeat(new HeartbeatCommand(
                        appointment.id(), alice, OptionalLong.of(1), Optional.of(lock.fencingToken())));

        List<SyncEvent.LockRenewed> renewals = fixture.eventsOf(SyncEvent.LockRenewed.class);
        assertThat(renewals).singleElement().satisfies(renewed -> {
            assertThat(renewed.lock().version()).isEqualTo(2);
            assertThat(renewed.lock().expiresAt()).isEqualTo(lock.expiresAt().plusSeconds(100));
        });
    }

    @Test
    void aReleaseTellsWatchersTheLockIsFree() {
        acquire(alice);

        fixture.syncPoint
                .releaseLock()
                .release(new ReleaseLockCommand(appointment.id(), alice, OptionalLong.empty(), Optional.empty()));

        assertThat(fixture.eventsOf(SyncEvent.LockReleased.class))
                .singleElement()
                .satisfies(released -> assertThat(released.reason()).isEqualTo(ReleaseReason.RELEASED));
    }

    @Test
    void onlyAnAdminMayForceReleaseAndTheHolderIsNamedInTheEvent() {
        acquire(alice);

        ForceReleaseResult byUser = fixture.syncPoint
                .forceReleaseLock()
                .forceRelease(new AdminLockCommand(appointment.id(), bob, Optional.empty()));
        ForceReleaseResult byAdmin = fixture.syncPoint
                .forceReleaseLock()
                .forceRelease(new AdminLockCommand(appointment.id(), admin, Optional.of("left for lunch")));

        assertThat(byUser).isInstanceOf(NotAdmin.class);
        assertThat(byAdmin).isInstanceOf(ForceReleased.class);
        assertThat(fixture.eventsOf(SyncEvent.LockReleased.class))
                .singleElement()
                .satisfies(released -> {
                    assertThat(released.reason()).isEqualTo(ReleaseReason.FORCE_RELEASED);
                    assertThat(released.lock().holder()).isEqualTo(alice.ref());
                    assertThat(released.by()).contains(admin.ref());
                });
    }

    @Test
    void aTakeoverTellsTheFormerHolderWhoseNextHeartbeatIsRefused() {
        Lock alicesLock = acquire(alice);

        TakeoverResult result = fixture.syncPoint
                .adminTakeover()
                .takeOver(new AdminLockCommand(appointment.id(), admin, Optional.of("urgent fix")));
        var heartbeat = fixture.syncPoint
                .heartbeat()
                .heartbeat(new HeartbeatCommand(
                        appointment.id(), alice, OptionalLong.empty(), Optional.of(alicesLock.fencingToken())));

        TakenOver takenOver = (TakenOver) result;
        assertThat(takenOver.granted().fencingToken().isNewerThan(alicesLock.fencingToken()))
                .isTrue();
        assertThat(fixture.eventsOf(SyncEvent.AdminTakeover.class))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.previous().holder()).isEqualTo(alice.ref());
                    assertThat(event.reason()).contains("urgent fix");
                });
        assertThat(heartbeat).isInstanceOf(LockLost.class);
    }

    @Test
    void aUserCannotTakeOver() {
        acquire(alice);

        TakeoverResult result = fixture.syncPoint
                .adminTakeover()
                .takeOver(new AdminLockCommand(appointment.id(), bob, Optional.empty()));

        assertThat(result).isInstanceOf(NotAdmin.class);
        assertThat(fixture.eventsOf(SyncEvent.AdminTakeover.class)).isEmpty();
    }

    @Test
    void theSweeperEndsExpiredLocksAndTellsWatchersOnce() {
        acquire(alice);
        fixture.clock.advance(Duration.ofSeconds(301));

        List<Lock> first = fixture.syncPoint.sweepExpiredLocks().sweep();
        List<Lock> second = fixture.syncPoint.sweepExpiredLocks().sweep();

        assertThat(first).hasSize(1);
        assertThat(second).isEmpty();
        assertThat(fixture.eventsOf(SyncEvent.LockReleased.class))
                .singleElement()
                .satisfies(released -> assertThat(released.reason()).isEqualTo(ReleaseReason.EXPIRED));
    }

    @Test
    void anAbandonedLockIsReleasedAfterTheGracePeriodUnlessTheHolderCameBack() {
        Lock lock = acquire(alice);
        var disconnectedAt = fixture.clock.instant();

        fixture.clock.advance(Duration.ofSeconds(10));
        Optional<Released> early = fixture.syncPoint
                .releaseAbandonedLock()
                .releaseIfAbandoned(new AbandonedLockCommand(lock, disconnectedAt, false));
        fixture.clock.advance(Duration.ofSeconds(25));
        Optional<Released> cameBack = fixture.syncPoint
                .releaseAbandonedLock()
                .releaseIfAbandoned(new AbandonedLockCommand(lock, disconnectedAt, true));
        Optional<Released> gone = fixture.syncPoint
                .releaseAbandonedLock()
                .releaseIfAbandoned(new AbandonedLockCommand(lock, disconnectedAt, false));

        assertThat(early).isEmpty();
        assertThat(cameBack).isEmpty();
        assertThat(gone).isPresent();
        assertThat(fixture.eventsOf(SyncEvent.LockReleased.class))
                .singleElement()
                .satisfies(released -> assertThat(released.reason()).isEqualTo(ReleaseReason.DISCONNECTED));
    }

    @Test
    void liveLocksAreForAdminsOnly() {
        Lock lock = acquire(alice);

        assertThat(fixture.syncPoint.liveLocks().liveLocks(bob)).isInstanceOf(AdminOnly.Refused.class);
        assertThat(fixture.syncPoint.liveLocks().liveLocks(admin)).isEqualTo(new AdminOnly.Allowed<>(List.of(lock)));
    }

    @Test
    void statusOfAnUnknownAppointmentIsEmptyAndAcquiringItAnswersNotFound() {
        AppointmentId unknown = AppointmentId.random();

        AcquireResult result =
                fixture.syncPoint.acquireLock().acquire(new AcquireLockCommand(unknown, alice, OptionalLong.empty()));

        assertThat(fixture.syncPoint.lockStatus().status(unknown)).isEmpty();
        assertThat(result).isInstanceOf(AppointmentNotFound.class);
    }

    private Lock acquire(User user) {
        AcquireResult result = fixture.syncPoint
                .acquireLock()
                .acquire(new AcquireLockCommand(appointment.id(), user, OptionalLong.empty()));
        return ((Acquired) result).lock();
    }
}
