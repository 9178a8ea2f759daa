package dev.syncpoint.application.contract;

import static dev.syncpoint.application.contract.Answers.expect;
import static dev.syncpoint.domain.history.HistoryAction.ACQUIRED;
import static dev.syncpoint.domain.history.HistoryAction.EXPIRED;
import static dev.syncpoint.domain.history.HistoryAction.FORCE_RELEASED;
import static dev.syncpoint.domain.history.HistoryAction.RELEASED;
import static dev.syncpoint.domain.history.HistoryAction.TRANSFERRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.GrantKind;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.AlreadyHolder;
import dev.syncpoint.domain.lock.AppointmentNotFound;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.ForceReleaseResult;
import dev.syncpoint.domain.lock.ForceReleased;
import dev.syncpoint.domain.lock.HeartbeatResult;
import dev.syncpoint.domain.lock.HeldByOther;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockLost;
import dev.syncpoint.domain.lock.LockStatus;
import dev.syncpoint.domain.lock.NotHolder;
import dev.syncpoint.domain.lock.NotLocked;
import dev.syncpoint.domain.lock.ReleaseResult;
import dev.syncpoint.domain.lock.Released;
import dev.syncpoint.domain.lock.Renewed;
import dev.syncpoint.domain.lock.StaleFencingToken;
import dev.syncpoint.domain.lock.TakenOver;
import dev.syncpoint.domain.lock.TakeoverResult;
import dev.syncpoint.domain.lock.TransferResult;
import dev.syncpoint.domain.lock.Transferred;
import dev.syncpoint.domain.lock.VersionConflict;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lock rules of DESIGN.md (1 to 8, and the store's half of 9 and 12) as tests every {@code LockStore}
 * must pass, together with the {@code LockHistory} and {@code AppointmentStore} it shares state with.
 */
public abstract class LockStoreContract extends SharedStoresContract {

    private static final Optional<String> NO_REASON = Optional.empty();
    private static final Optional<FencingToken> ANY_TOKEN = Optional.empty();
    private static final OptionalLong ANY_VERSION = OptionalLong.empty();

    private AppointmentId appointment;
    private UserRef alice;
    private UserRef bob;
    private UserRef admin;

    @BeforeEach
    final void createAnAppointmentAndItsEditors() {
        appointment = newAppointment();
        alice = newUser("Alice");
        bob = newUser("Bob");
        admin = newUser("Ada Admin");
    }

    // Rule 2: granting a lock.

    @Test
    void acquireOnAFreeAppointmentGrantsVersionOneUntilServerNowPlusTtl() {
        AcquireResult answer = lockStore().acquire(appointment, alice, TTL, ANY_VERSION);

        Acquired granted = expect(Acquired.class, answer);
        assertThat(granted.lock().appointmentId()).isEqualTo(appointment);
        assertThat(granted.lock().holder()).isEqualTo(alice);
        assertThat(granted.lock().version()).isEqualTo(1);
        assertThat(granted.lock().acquiredAt()).isEqualTo(granted.serverNow());
        assertThat(granted.lock().expiresAt()).isEqualTo(granted.serverNow().plus(TTL));
        assertThat(granted.expiredFirst()).isEmpty();
    }

    @Test
    void theFirstLockOnAnAppointmentCarriesFencingTokenOne() {
        Acquired granted = acquired(appointment, alice);

        assertThat(granted.lock().fencingToken()).isEqualTo(new FencingToken(1));
    }

    @Test
    void aGrantIsStoredWithOneAcquiredRowOfThePlainGrantKind() {
        Lock lock = acquired(appointment, alice).lock();

        assertThat(lockStore().status(appointment).lock()).contains(lock);
        assertThat(historyOf(appointment)).containsExactly(grantRow(lock, GrantKind.ACQUIRE));
    }

    @Test
    void anExpectedVersionIsIgnoredWhenNoLockIsLive() {
        AcquireResult answer = lockStore().acquire(appointment, alice, TTL, OptionalLong.of(7));

        assertThat(expect(Acquired.class, answer).lock().version()).isEqualTo(1);
    }

    @Test
    void eachAppointmentCountsItsOwnFencingTokens() {
        AppointmentId other = newAppointment();
        acquired(appointment, alice);
        release(appointment, alice);
        acquired(appointment, alice);

        Acquired onOther = acquired(other, alice);

        assertThat(onOther.lock().fencingToken()).isEqualTo(new FencingToken(1));
    }

    // Rule 3: renewing by the holder; a lost lock is never granted again by a heartbeat.

    @Test
    void acquireByTheHolderRenewsWithTheNextVersionTheSameTokenAndANewExpiry() {
        Lock first = acquired(appointment, alice).lock();
        advanceClock(Duration.ofSeconds(30));

        AcquireResult answer = lockStore().acquire(appointment, alice, Duration.ofSeconds(120), ANY_VERSION);

        Renewed renewed = expect(Renewed.class, answer);
        assertThat(renewed.lock().holder()).isEqualTo(alice);
        assertThat(renewed.lock().version()).isEqualTo(2);
        assertThat(renewed.lock().fencingToken()).isEqualTo(first.fencingToken());
        assertThat(renewed.lock().expiresAt()).isEqualTo(renewed.serverNow().plus(Duration.ofSeconds(120)));
    }

    @Test
    void aRenewalKeepsTheTimeTheLockWasGrantedAndIsStored() {
        Lock first = acquired(appointment, alice).lock();

        Renewed renewed = expect(Renewed.class, lockStore().acquire(appointment, alice, TTL, ANY_VERSION));

        assertThat(renewed.lock().acquiredAt()).isEqualTo(first.acquiredAt());
        assertThat(lockStore().status(appointment).lock()).contains(renewed.lock());
    }

    @Test
    void heartbeatByTheHolderNamingTheLiveTokenAndVersionRenewsTheLock() {
        Lock lock = acquired(appointment, alice).lock();

        HeartbeatResult answer = lockStore()
                .heartbeat(appointment, alice.id(), TTL, OptionalLong.of(1), Optional.of(lock.fencingToken()));

        Renewed renewed = expect(Renewed.class, answer);
        assertThat(renewed.lock().version()).isEqualTo(2);
        assertThat(renewed.lock().fencingToken()).isEqualTo(lock.fencingToken());
        assertThat(renewed.lock().expiresAt()).isEqualTo(renewed.serverNow().plus(TTL));
    }

    @Test
    void heartbeatByTheHolderNamingNoTokenOrVersionRenewsTheLock() {
        acquired(appointment, alice);

        HeartbeatResult answer = heartbeat(alice, ANY_TOKEN);

        assertThat(expect(Renewed.class, answer).lock().version()).isEqualTo(2);
    }

    @Test
    void renewalsWriteNoHistoryRows() {
        Lock lock = acquired(appointment, alice).lock();

        expect(Renewed.class, lockStore().acquire(appointment, alice, TTL, ANY_VERSION));
        expect(Renewed.class, heartbeat(alice, ANY_TOKEN));

        assertThat(historyOf(appointment)).containsExactly(grantRow(lock, GrantKind.ACQUIRE));
    }

    @Test
    void heartbeatAfterTheLockExpiredIsLockLostAndGrantsNothing() {
        acquired(appointment, alice);
        advanceClock(TTL.plusSeconds(1));

        HeartbeatResult answer = heartbeat(alice, ANY_TOKEN);

        assertThat(expect(LockLost.class, answer).current()).isEmpty();
        assertThat(lockStore().status(appointment).lock()).isEmpty();
        assertThat(actionsOf(historyOf(appointment))).containsExactly(EXPIRED, ACQUIRED);
    }

    @Test
    void heartbeatAfterSomeoneElseGotTheLockIsLockLostNamingTheNewHolder() {
        acquired(appointment, alice);
        advanceClock(TTL.plusSeconds(1));
        Lock bobs = acquired(appointment, bob).lock();

        HeartbeatResult answer = heartbeat(alice, ANY_TOKEN);

        assertThat(expect(LockLost.class, answer).current()).contains(bobs);
        assertThat(lockStore().status(appointment).lock()).contains(bobs);
    }

    @Test
    void heartbeatAfterTheHolderReleasedIsLockLostAndGrantsNothing() {
        acquired(appointment, alice);
        release(appointment, alice);

        HeartbeatResult answer = heartbeat(alice, ANY_TOKEN);

        assertThat(expect(LockLost.class, answer).current()).isEmpty();
        assertThat(lockStore().status(appointment).lock()).isEmpty();
    }

    @Test
    void heartbeatBySomeoneOtherThanTheHolderIsLockLostAndLeavesTheLockAlone() {
        Lock alices = acquired(appointment, alice).lock();

        HeartbeatResult answer = heartbeat(bob, ANY_TOKEN);

        assertThat(expect(LockLost.class, answer).current()).contains(alices);
        assertThat(lockStore().status(appointment).lock()).contains(alices);
    }

    @Test
    void heartbeatWithTheTokenOfAnEarlierLockIsRefusedAndLeavesTheNewerLockAlone() {
        Lock earlier = acquired(appointment, alice).lock();
        release(appointment, alice);
        Lock newer = acquired(appointment, alice).lock();

        HeartbeatResult answer = heartbeat(alice, Optional.of(earlier.fencingToken()));

        StaleFencingToken stale = expect(StaleFencingToken.class, answer);
        assertThat(stale.presented()).isEqualTo(earlier.fencingToken());
        assertThat(stale.current()).isEqualTo(newer);
        assertThat(lockStore().status(appointment).lock()).contains(newer);
    }

    @Test
    void heartbeatWithAStaleVersionIsAVersionConflictWithBothVersions() {
        acquired(appointment, alice);
        Lock renewed = expect(Renewed.class, heartbeat(alice, ANY_TOKEN)).lock();

        HeartbeatResult answer = lockStore().heartbeat(appointment, alice.id(), TTL, OptionalLong.of(1), ANY_TOKEN);

        VersionConflict conflict = expect(VersionConflict.class, answer);
        assertThat(conflict.expectedVersion()).isEqualTo(1);
        assertThat(conflict.actualVersion()).isEqualTo(2);
        assertThat(conflict.current()).isEqualTo(renewed);
        assertThat(lockStore().status(appointment).lock()).contains(renewed);
    }

    // Rules 4 and 5: refusals while someone else holds the lock.

    @Test
    void acquireWhileAnotherHoldsTheLockAnswersHeldByOtherNamingTheHolder() {
        Lock alices = acquired(appointment, alice).lock();

        AcquireResult answer = lockStore().acquire(appointment, bob, TTL, ANY_VERSION);

        HeldByOther refused = expect(HeldByOther.class, answer);
        assertThat(refused.current()).isEqualTo(alices);
        assertThat(refused.current().holder().name()).isEqualTo("Alice");
        assertThat(refused.current().holder().email()).isEqualTo(alice.email());
    }

    @Test
    void aRefusedAcquireLeavesTheLockAndTheHistoryAsTheyWere() {
        Lock alices = acquired(appointment, alice).lock();

        lockStore().acquire(appointment, bob, TTL, ANY_VERSION);

        assertThat(lockStore().status(appointment).lock()).contains(alices);
        assertThat(historyOf(appointment)).containsExactly(grantRow(alices, GrantKind.ACQUIRE));
    }

    @Test
    void eachAcquireRefusedAsHeldByOtherCountsOneConflictForItsAppointment() {
        AppointmentId other = newAppointment();
        acquired(appointment, alice);
        acquired(other, alice);

        expect(HeldByOther.class, lockStore().acquire(appointment, bob, TTL, ANY_VERSION));
        expect(HeldByOther.class, lockStore().acquire(appointment, admin, TTL, ANY_VERSION));
        expect(HeldByOther.class, lockStore().acquire(other, bob, TTL, ANY_VERSION));

        assertThat(lockHistory().statistics(Optional.of(appointment)).conflicts())
                .isEqualTo(2);
        assertThat(lockHistory().statistics(Optional.of(other)).conflicts()).isEqualTo(1);
        assertThat(lockHistory().statistics(Optional.empty()).conflicts()).isEqualTo(3);
    }

    @Test
    void grantsRenewalsAndReleasesCountNoConflicts() {
        acquired(appointment, alice);
        lockStore().acquire(appointment, alice, TTL, ANY_VERSION);
        release(appointment, alice);

        long conflicts = lockHistory().statistics(Optional.of(appointment)).conflicts();

        assertThat(conflicts).isZero();
    }

    @Test
    void anotherUsersAcquireNamingAStaleVersionAnswersVersionConflictWithBothVersionsAndTheHolder() {
        acquired(appointment, alice);
        Lock renewed = expect(Renewed.class, heartbeat(alice, ANY_TOKEN)).lock();

        AcquireResult answer = lockStore().acquire(appointment, bob, TTL, OptionalLong.of(1));

        VersionConflict conflict = expect(VersionConflict.class, answer);
        assertThat(conflict.expectedVersion()).isEqualTo(1);
        assertThat(conflict.actualVersion()).isEqualTo(2);
        assertThat(conflict.current()).isEqualTo(renewed);
    }

    @Test
    void theHoldersAcquireNamingAStaleVersionIsAVersionConflictAndRenewsNothing() {
        acquired(appointment, alice);
        Lock renewed = expect(Renewed.class, heartbeat(alice, ANY_TOKEN)).lock();

        AcquireResult answer = lockStore().acquire(appointment, alice, TTL, OptionalLong.of(1));

        assertThat(expect(VersionConflict.class, answer).actualVersion()).isEqualTo(2);
        assertThat(lockStore().status(appointment).lock()).contains(renewed);
        assertThat(historyOf(appointment)).hasSize(1);
    }

    @Test
    void theHoldersAcquireNamingTheLiveVersionRenewsTheLock() {
        acquired(appointment, alice);

        AcquireResult answer = lockStore().acquire(appointment, alice, TTL, OptionalLong.of(1));

        assertThat(expect(Renewed.class, answer).lock().version()).isEqualTo(2);
    }

    // Rule 6: releasing.

    @Test
    void releaseByTheHolderEndsTheLockWithAReleasedRowAndHowLongItWasHeld() {
        acquired(appointment, alice);
        advanceClock(Duration.ofSeconds(42));

        ReleaseResult answer = lockStore().release(appointment, alice.id(), ANY_VERSION, ANY_TOKEN);

        Released released = expect(Released.class, answer);
        Lock ended = released.ended();
        assertThat(ended.holder()).isEqualTo(alice);
        assertThat(released.heldFor()).isEqualTo(Duration.between(ended.acquiredAt(), released.serverNow()));
        assertThat(released.heldFor()).isGreaterThanOrEqualTo(Duration.ofSeconds(42));
        assertThat(lockStore().status(appointment).lock()).isEmpty();
        assertThat(historyOf(appointment))
                .containsExactly(endRow(ended, RELEASED, released.serverNow()), grantRow(ended, GrantKind.ACQUIRE));
    }

    @Test
    void releaseNamingTheLiveTokenAndVersionEndsTheLock() {
        Lock lock = acquired(appointment, alice).lock();

        ReleaseResult answer =
                lockStore().release(appointment, alice.id(), OptionalLong.of(1), Optional.of(lock.fencingToken()));

        assertThat(expect(Released.class, answer).ended()).isEqualTo(lock);
        assertThat(lockStore().status(appointment).lock()).isEmpty();
    }

    @Test
    void releaseBySomeoneOtherThanTheHolderIsRefusedAndChangesNothing() {
        Lock alices = acquired(appointment, alice).lock();

        ReleaseResult answer = lockStore().release(appointment, bob.id(), ANY_VERSION, ANY_TOKEN);

        assertThat(expect(NotHolder.class, answer).current()).isEqualTo(alices);
        assertThat(lockStore().status(appointment).lock()).contains(alices);
        assertThat(historyOf(appointment)).containsExactly(grantRow(alices, GrantKind.ACQUIRE));
    }

    @Test
    void releaseWithoutALiveLockAnswersNotLocked() {
        ReleaseResult answer = lockStore().release(appointment, alice.id(), ANY_VERSION, ANY_TOKEN);

        expect(NotLocked.class, answer);
        assertThat(historyOf(appointment)).isEmpty();
    }

    @Test
    void releaseWithTheTokenOfAnEarlierLockNeverEndsTheNewerLock() {
        Lock earlier = acquired(appointment, alice).lock();
        release(appointment, alice);
        Lock newer = acquired(appointment, alice).lock();

        ReleaseResult answer =
                lockStore().release(appointment, alice.id(), ANY_VERSION, Optional.of(earlier.fencingToken()));

        StaleFencingToken stale = expect(StaleFencingToken.class, answer);
        assertThat(stale.presented()).isEqualTo(earlier.fencingToken());
        assertThat(stale.current()).isEqualTo(newer);
        assertThat(lockStore().status(appointment).lock()).contains(newer);
    }

    @Test
    void releaseNamingAStaleVersionNeverEndsTheRenewedLock() {
        acquired(appointment, alice);
        Lock renewed = expect(Renewed.class, heartbeat(alice, ANY_TOKEN)).lock();

        ReleaseResult answer = lockStore().release(appointment, alice.id(), OptionalLong.of(1), ANY_TOKEN);

        VersionConflict conflict = expect(VersionConflict.class, answer);
        assertThat(conflict.expectedVersion()).isEqualTo(1);
        assertThat(conflict.actualVersion()).isEqualTo(2);
        assertThat(lockStore().status(appointment).lock()).contains(renewed);
    }

    // Rules 1, 2 and 7: expiry, by the store's clock.

    @Test
    void aLockIsLiveUntilJustBeforeItsExpiry() {
        Lock lock = acquired(appointment, alice).lock();

        advanceClock(TTL.minusSeconds(1));

        assertThat(lockStore().status(appointment).lock())
                .map(Lock::fencingToken)
                .contains(lock.fencingToken());
        assertThat(lockStore().liveLocks()).extracting(Lock::fencingToken).containsExactly(lock.fencingToken());
    }

    @Test
    void aLockIsNoLongerLiveOnceTheClockReachesItsExpiry() {
        acquired(appointment, alice);

        advanceClock(TTL);

        assertThat(lockStore().status(appointment).lock()).isEmpty();
        assertThat(lockStore().liveLocks()).isEmpty();
    }

    @Test
    void acquireAfterExpiryEndsTheOldLockAsExpiredAtItsExpiryAndGrantsTheNextToken() {
        Lock old = acquired(appointment, alice).lock();
        advanceClock(TTL.plusSeconds(10));

        Acquired granted = acquired(appointment, bob);

        Lock expired = granted.expiredFirst().orElseThrow();
        assertThat(ownership(expired)).isEqualTo(ownership(old));
        assertThat(granted.lock().fencingToken()).isEqualTo(old.fencingToken().next());
        assertThat(historyOf(appointment))
                .containsExactly(
                        grantRow(granted.lock(), GrantKind.ACQUIRE),
                        endRow(expired, EXPIRED, expired.expiresAt()),
                        grantRow(expired, GrantKind.ACQUIRE));
    }

    @Test
    void theSweeperEndsEachExpiredLockOnceAtItsExpiryAndAnswersIt() {
        AppointmentId second = newAppointment();
        AppointmentId third = newAppointment();
        Lock first = acquired(appointment, alice, Duration.ofSeconds(60)).lock();
        Lock stillLive = acquired(second, bob, Duration.ofSeconds(600)).lock();
        Lock last = acquired(third, alice, Duration.ofSeconds(60)).lock();
        advanceClock(Duration.ofSeconds(120));

        List<Lock> swept = lockStore().sweepExpired();
        List<Lock> sweptAgain = lockStore().sweepExpired();

        assertThat(swept)
                .extracting(LockStoreContract::ownership)
                .containsExactlyInAnyOrder(ownership(first), ownership(last));
        assertThat(sweptAgain).isEmpty();
        assertThat(lockStore().liveLocks())
                .extracting(LockStoreContract::ownership)
                .containsExactly(ownership(stillLive));
        for (Lock lock : swept) {
            assertThat(historyOf(lock.appointmentId()))
                    .containsExactly(endRow(lock, EXPIRED, lock.expiresAt()), grantRow(lock, GrantKind.ACQUIRE));
        }
    }

    @Test
    void anExpiryFoundByAcquireIsNotEndedAgainByTheSweeper() {
        acquired(appointment, alice);
        advanceClock(TTL.plusSeconds(1));
        acquired(appointment, bob);

        List<Lock> swept = lockStore().sweepExpired();

        assertThat(swept).isEmpty();
        assertThat(actionsOf(historyOf(appointment))).containsExactly(ACQUIRED, EXPIRED, ACQUIRED);
    }

    @Test
    void anExpiryEndedByTheSweeperIsNotEndedAgainByAcquire() {
        acquired(appointment, alice);
        advanceClock(TTL.plusSeconds(1));
        assertThat(lockStore().sweepExpired()).hasSize(1);

        Acquired granted = acquired(appointment, bob);

        assertThat(granted.expiredFirst()).isEmpty();
        assertThat(actionsOf(historyOf(appointment))).containsExactly(ACQUIRED, EXPIRED, ACQUIRED);
    }

    @Test
    void aRefusalThatFindsAnExpiredLockWritesOnlyItsExpiredRow() {
        acquired(appointment, alice);
        advanceClock(TTL.plusSeconds(1));

        expect(NotLocked.class, lockStore().release(appointment, alice.id(), ANY_VERSION, ANY_TOKEN));
        expect(NotLocked.class, lockStore().forceRelease(appointment, admin, NO_REASON));
        expect(LockLost.class, heartbeat(alice, ANY_TOKEN));

        assertThat(actionsOf(historyOf(appointment))).containsExactly(EXPIRED, ACQUIRED);
    }

    @Test
    void statusAndLiveLocksNeverEndAnExpiredLock() {
        Lock lock = acquired(appointment, alice).lock();
        advanceClock(TTL.plusSeconds(1));

        LockStatus status = lockStore().status(appointment);
        List<Lock> live = lockStore().liveLocks();

        assertThat(status.lock()).isEmpty();
        assertThat(live).isEmpty();
        assertThat(actionsOf(historyOf(appointment))).containsExactly(ACQUIRED);
        assertThat(lockStore().sweepExpired())
                .extracting(LockStoreContract::ownership)
                .containsExactly(ownership(lock));
    }

    // Rule 8: an admin's force-release and takeover.

    @Test
    void forceReleaseEndsTheLiveLockWithAForceReleasedRowNamingTheAdmin() {
        Lock lock = acquired(appointment, alice).lock();
        advanceClock(Duration.ofSeconds(10));

        ForceReleaseResult answer = lockStore().forceRelease(appointment, admin, Optional.of("Alice is on leave"));

        ForceReleased forced = expect(ForceReleased.class, answer);
        Lock ended = forced.ended();
        assertThat(ownership(ended)).isEqualTo(ownership(lock));
        assertThat(forced.admin()).isEqualTo(admin);
        assertThat(forced.heldFor()).isEqualTo(Duration.between(ended.acquiredAt(), forced.serverNow()));
        assertThat(lockStore().status(appointment).lock()).isEmpty();
        assertThat(historyOf(appointment).get(0))
                .isEqualTo(HistoryEntry.ended(
                        ended,
                        FORCE_RELEASED,
                        forced.serverNow(),
                        Optional.of(admin),
                        Optional.of("Alice is on leave")));
    }

    @Test
    void forceReleaseWithoutALiveLockAnswersNotLockedAndWritesNothing() {
        ForceReleaseResult answer = lockStore().forceRelease(appointment, admin, NO_REASON);

        expect(NotLocked.class, answer);
        assertThat(historyOf(appointment)).isEmpty();
    }

    @Test
    void takeOverEndsTheHoldersLockAndGrantsTheAdminANewLockWithTheNextToken() {
        Lock alices = acquired(appointment, alice).lock();
        Optional<String> reason = Optional.of("urgent correction");

        TakeoverResult answer = lockStore().takeOver(appointment, admin, TTL, reason);

        TakenOver takeover = expect(TakenOver.class, answer);
        Lock granted = takeover.granted();
        assertThat(takeover.ended()).isEqualTo(alices);
        assertThat(granted.holder()).isEqualTo(admin);
        assertThat(granted.version()).isEqualTo(1);
        assertThat(granted.fencingToken()).isEqualTo(alices.fencingToken().next());
        assertThat(granted.acquiredAt()).isEqualTo(takeover.serverNow());
        assertThat(granted.expiresAt()).isEqualTo(takeover.serverNow().plus(TTL));
        assertThat(lockStore().status(appointment).lock()).contains(granted);
        assertThat(historyOf(appointment))
                .containsExactly(
                        HistoryEntry.granted(granted, GrantKind.TAKEOVER, reason),
                        HistoryEntry.ended(alices, FORCE_RELEASED, takeover.serverNow(), Optional.of(admin), reason),
                        grantRow(alices, GrantKind.ACQUIRE));
    }

    @Test
    void takeOverWithoutALiveLockAnswersNotLockedAndWritesNothing() {
        TakeoverResult answer = lockStore().takeOver(appointment, admin, TTL, NO_REASON);

        expect(NotLocked.class, answer);
        assertThat(historyOf(appointment)).isEmpty();
    }

    @Test
    void takeOverByTheAdminWhoHoldsTheLockAnswersAlreadyHolderAndChangesNothing() {
        Lock admins = acquired(appointment, admin).lock();

        TakeoverResult answer = lockStore().takeOver(appointment, admin, TTL, NO_REASON);

        assertThat(expect(AlreadyHolder.class, answer).current()).isEqualTo(admins);
        assertThat(lockStore().status(appointment).lock()).contains(admins);
        assertThat(historyOf(appointment)).hasSize(1);
    }

    @Test
    void theFormerHoldersHeartbeatAfterATakeoverIsLockLost() {
        acquired(appointment, alice);
        Lock admins = expect(TakenOver.class, lockStore().takeOver(appointment, admin, TTL, NO_REASON))
                .granted();

        HeartbeatResult answer = heartbeat(alice, ANY_TOKEN);

        assertThat(expect(LockLost.class, answer).current()).contains(admins);
    }

    // Rule 9, the store's half: handing the lock over.

    @Test
    void transferMovesTheLockToTheRequesterWithTheNextToken() {
        Lock alices = acquired(appointment, alice).lock();

        TransferResult answer =
                lockStore().transfer(appointment, alice.id(), bob, TTL, Optional.of(alices.fencingToken()));

        Transferred transfer = expect(Transferred.class, answer);
        Lock granted = transfer.granted();
        assertThat(transfer.ended()).isEqualTo(alices);
        assertThat(granted.holder()).isEqualTo(bob);
        assertThat(granted.version()).isEqualTo(1);
        assertThat(granted.fencingToken()).isEqualTo(alices.fencingToken().next());
        assertThat(granted.expiresAt()).isEqualTo(transfer.serverNow().plus(TTL));
        assertThat(lockStore().status(appointment).lock()).contains(granted);
        assertThat(historyOf(appointment))
                .containsExactly(
                        grantRow(granted, GrantKind.TRANSFER),
                        HistoryEntry.ended(alices, TRANSFERRED, transfer.serverNow(), Optional.of(bob), NO_REASON),
                        grantRow(alices, GrantKind.ACQUIRE));
    }

    @Test
    void transferBySomeoneOtherThanTheHolderIsRefusedAndChangesNothing() {
        Lock alices = acquired(appointment, alice).lock();

        TransferResult answer = lockStore().transfer(appointment, bob.id(), bob, TTL, ANY_TOKEN);

        assertThat(expect(NotHolder.class, answer).current()).isEqualTo(alices);
        assertThat(lockStore().status(appointment).lock()).contains(alices);
        assertThat(historyOf(appointment)).hasSize(1);
    }

    @Test
    void transferWithoutALiveLockAnswersNotLocked() {
        TransferResult answer = lockStore().transfer(appointment, alice.id(), bob, TTL, ANY_TOKEN);

        expect(NotLocked.class, answer);
        assertThat(historyOf(appointment)).isEmpty();
    }

    @Test
    void transferWithTheTokenOfAnEarlierLockIsRefusedAndLeavesTheNewerLockAlone() {
        Lock earlier = acquired(appointment, alice).lock();
        release(appointment, alice);
        Lock newer = acquired(appointment, alice).lock();

        TransferResult answer =
                lockStore().transfer(appointment, alice.id(), bob, TTL, Optional.of(earlier.fencingToken()));

        assertThat(expect(StaleFencingToken.class, answer).current()).isEqualTo(newer);
        assertThat(lockStore().status(appointment).lock()).contains(newer);
    }

    // Fencing tokens across every way a lock ends.

    @Test
    void fencingTokensOnlyGrowAcrossReleaseExpiryTakeoverAndTransfer() {
        Lock first = acquired(appointment, alice).lock();
        release(appointment, alice);
        Lock second = acquired(appointment, bob).lock();
        advanceClock(TTL.plusSeconds(1));
        Lock third = acquired(appointment, alice).lock();
        Lock fourth = expect(TakenOver.class, lockStore().takeOver(appointment, admin, TTL, NO_REASON))
                .granted();
        Lock fifth = expect(Transferred.class, lockStore().transfer(appointment, admin.id(), bob, TTL, ANY_TOKEN))
                .granted();

        List<Lock> grants = List.of(first, second, third, fourth, fifth);

        assertThat(grants).extracting(lock -> lock.fencingToken().value()).containsExactly(1L, 2L, 3L, 4L, 5L);
        HistoryInvariants.assertConsistent(historyOf(appointment), lockStore().liveLocks());
    }

    // Reads change nothing.

    @Test
    void statusShowsTheLiveLockAndChangesNothing() {
        Lock lock = acquired(appointment, alice).lock();

        LockStatus first = lockStore().status(appointment);
        LockStatus second = lockStore().status(appointment);

        assertThat(first.appointmentId()).isEqualTo(appointment);
        assertThat(first.lock()).contains(lock);
        assertThat(second.lock()).contains(lock);
        assertThat(historyOf(appointment)).containsExactly(grantRow(lock, GrantKind.ACQUIRE));
    }

    @Test
    void statusOfAFreeAppointmentShowsNoLock() {
        LockStatus status = lockStore().status(appointment);

        assertThat(status.appointmentId()).isEqualTo(appointment);
        assertThat(status.lock()).isEmpty();
    }

    @Test
    void liveLocksListsEveryLiveLockOldestGrantFirst() {
        AppointmentId second = newAppointment();
        AppointmentId third = newAppointment();
        AppointmentId fourth = newAppointment();
        Lock oldest = acquired(appointment, alice).lock();
        advanceClock(Duration.ofSeconds(1));
        acquired(second, bob, Duration.ofSeconds(5));
        advanceClock(Duration.ofSeconds(1));
        Lock middle = acquired(third, bob).lock();
        advanceClock(Duration.ofSeconds(1));
        Lock newest = acquired(fourth, admin).lock();
        advanceClock(Duration.ofSeconds(10));

        List<Lock> live = lockStore().liveLocks();

        assertThat(live)
                .extracting(LockStoreContract::ownership)
                .containsExactly(ownership(oldest), ownership(middle), ownership(newest));
    }

    // Unknown appointments.

    @Test
    void everyLockChangeOnAnUnknownAppointmentAnswersAppointmentNotFoundAndWritesNothing() {
        AppointmentId unknown = AppointmentId.random();

        List<Object> answers = List.of(
                lockStore().acquire(unknown, alice, TTL, ANY_VERSION),
                lockStore().heartbeat(unknown, alice.id(), TTL, ANY_VERSION, ANY_TOKEN),
                lockStore().release(unknown, alice.id(), ANY_VERSION, ANY_TOKEN),
                lockStore().forceRelease(unknown, admin, NO_REASON),
                lockStore().takeOver(unknown, admin, TTL, NO_REASON),
                lockStore().transfer(unknown, alice.id(), bob, TTL, ANY_TOKEN));

        assertThat(answers)
                .allSatisfy(answer -> assertThat(
                                expect(AppointmentNotFound.class, answer).appointmentId())
                        .isEqualTo(unknown));
        assertThat(historyOf(unknown)).isEmpty();
        assertThat(lockStore().liveLocks()).isEmpty();
    }

    @Test
    void statusOfAnUnknownAppointmentShowsNoLockRatherThanFailing() {
        AppointmentId unknown = AppointmentId.random();

        LockStatus status = lockStore().status(unknown);

        assertThat(status.lock()).isEmpty();
    }

    // Rule 12: every change with its rows, every refusal with none.

    @Test
    void refusalsOnALiveLockWriteNoHistoryRows() {
        Lock alices = acquired(appointment, alice).lock();
        Optional<FencingToken> wrongToken = Optional.of(alices.fencingToken().next());

        expect(HeldByOther.class, lockStore().acquire(appointment, bob, TTL, ANY_VERSION));
        expect(VersionConflict.class, lockStore().acquire(appointment, alice, TTL, OptionalLong.of(9)));
        expect(LockLost.class, heartbeat(bob, ANY_TOKEN));
        expect(StaleFencingToken.class, heartbeat(alice, wrongToken));
        expect(NotHolder.class, lockStore().release(appointment, bob.id(), ANY_VERSION, ANY_TOKEN));
        expect(StaleFencingToken.class, lockStore().release(appointment, alice.id(), ANY_VERSION, wrongToken));
        expect(NotHolder.class, lockStore().transfer(appointment, bob.id(), admin, TTL, ANY_TOKEN));
        expect(StaleFencingToken.class, lockStore().transfer(appointment, alice.id(), bob, TTL, wrongToken));

        assertThat(lockStore().status(appointment).lock()).contains(alices);
        assertThat(historyOf(appointment)).containsExactly(grantRow(alices, GrantKind.ACQUIRE));
    }

    private HeartbeatResult heartbeat(UserRef who, Optional<FencingToken> token) {
        return lockStore().heartbeat(appointment, who.id(), TTL, ANY_VERSION, token);
    }

    private void release(AppointmentId id, UserRef who) {
        expect(Released.class, lockStore().release(id, who.id(), ANY_VERSION, ANY_TOKEN));
    }

    private static HistoryEntry grantRow(Lock lock, GrantKind kind) {
        return HistoryEntry.granted(lock, kind, NO_REASON);
    }

    private static HistoryEntry endRow(Lock lock, HistoryAction action, Instant at) {
        return HistoryEntry.ended(lock, action, at, Optional.empty(), NO_REASON);
    }

    private static List<HistoryAction> actionsOf(List<HistoryEntry> rows) {
        return rows.stream().map(HistoryEntry::action).toList();
    }

    /** Who held which token on which appointment: what stays true of a lock when stored times move. */
    private static Tuple ownership(Lock lock) {
        return tuple(lock.appointmentId(), lock.holder(), lock.fencingToken());
    }
}
