package dev.syncpoint.domain.lock;

import static dev.syncpoint.domain.lock.LockSlotTestData.ADMIN;
import static dev.syncpoint.domain.lock.LockSlotTestData.ALICE;
import static dev.syncpoint.domain.lock.LockSlotTestData.BOB;
import static dev.syncpoint.domain.lock.LockSlotTestData.T0;
import static dev.syncpoint.domain.lock.LockSlotTestData.TTL;
import static dev.syncpoint.domain.lock.LockSlotTestData.free;
import static dev.syncpoint.domain.lock.LockSlotTestData.heldBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.domain.history.GrantKind;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LockSlotTest {

    private static final Instant LATER = T0.plusSeconds(60);
    private static final Instant AFTER_EXPIRY = T0.plus(TTL).plusSeconds(1);

    @Nested
    class Acquire {

        @Test
        void grantsAFreeLockAtVersionOneWithTheNextTokenAndOneAcquiredRow() {
            Transition<AcquireResult> t = free().acquire(ALICE, T0, TTL, OptionalLong.empty());

            Acquired acquired = (Acquired) t.result();
            assertThat(acquired.lock().version()).isEqualTo(1);
            assertThat(acquired.lock().fencingToken()).isEqualTo(new FencingToken(1));
            assertThat(acquired.lock().expiresAt()).isEqualTo(T0.plus(TTL));
            assertThat(acquired.serverNow()).isEqualTo(T0);
            assertThat(t.history()).extracting(HistoryEntry::action).containsExactly(HistoryAction.ACQUIRED);
            assertThat(t.history().get(0).grantKind()).contains(GrantKind.ACQUIRE);
        }

        @Test
        void renewsTheHoldersOwnLockWithoutAHistoryRow() {
            Transition<AcquireResult> t = heldBy(ALICE).acquire(ALICE, LATER, TTL, OptionalLong.empty());

            Renewed renewed = (Renewed) t.result();
            assertThat(renewed.lock().version()).isEqualTo(2);
            assertThat(renewed.lock().fencingToken()).isEqualTo(new FencingToken(1));
            assertThat(renewed.lock().expiresAt()).isEqualTo(LATER.plus(TTL));
            assertThat(renewed.lock().acquiredAt()).isEqualTo(T0);
            assertThat(t.history()).isEmpty();
        }

        @Test
        void refusesAnotherUserNamingTheHolderAndChangesNothing() {
            LockSlot before = heldBy(ALICE);

            Transition<AcquireResult> t = before.acquire(BOB, LATER, TTL, OptionalLong.empty());

            assertThat(t.result())
                    .isInstanceOfSatisfying(
                            HeldByOther.class,
                            held -> assertThat(held.current().holder()).isEqualTo(ALICE));
            assertThat(t.next()).isEqualTo(before);
            assertThat(t.history()).isEmpty();
        }

        @Test
        void refusesAStaleExpectedVersionWithBothVersions() {
            LockSlot before = heldBy(ALICE);

            Transition<AcquireResult> t = before.acquire(ALICE, LATER, TTL, OptionalLong.of(7));

            VersionConflict conflict = (VersionConflict) t.result();
            assertThat(conflict.expectedVersion()).isEqualTo(7);
            assertThat(conflict.actualVersion()).isEqualTo(1);
            assertThat(conflict.current().holder()).isEqualTo(ALICE);
            assertThat(t.next()).isEqualTo(before);
        }

        @Test
        void endsAnExpiredLockFirstWithOneExpiredRowDatedAtItsExpiry() {
            Transition<AcquireResult> t = heldBy(ALICE).acquire(BOB, AFTER_EXPIRY, TTL, OptionalLong.empty());

            Acquired acquired = (Acquired) t.result();
            assertThat(acquired.lock().holder()).isEqualTo(BOB);
            assertThat(acquired.lock().fencingToken()).isEqualTo(new FencingToken(2));
            assertThat(acquired.expiredFirst())
                    .hasValueSatisfying(l -> assertThat(l.holder()).isEqualTo(ALICE));
            assertThat(t.history())
                    .extracting(HistoryEntry::action)
                    .containsExactly(HistoryAction.EXPIRED, HistoryAction.ACQUIRED);
            assertThat(t.history().get(0).at()).isEqualTo(T0.plus(TTL));
            assertThat(t.history().get(0).heldFor()).contains(TTL);
        }

        @Test
        void treatsTheExactExpiryInstantAsExpired() {
            Transition<AcquireResult> t = heldBy(ALICE).acquire(BOB, T0.plus(TTL), TTL, OptionalLong.empty());

            assertThat(t.result()).isInstanceOf(Acquired.class);
        }
    }

    @Nested
    class Heartbeat {

        @Test
        void renewsTheHoldersLiveLock() {
            Transition<HeartbeatResult> t = heldBy(ALICE)
                    .heartbeat(ALICE.id(), LATER, TTL, OptionalLong.of(1), Optional.of(new FencingToken(1)));

            assertThat(t.result())
                    .isInstanceOfSatisfying(
                            Renewed.class, r -> assertThat(r.lock().version()).isEqualTo(2));
        }

        @Test
        void reportsAnExpiredLockAsLostAndNeverGrantsItAgain() {
            Transition<HeartbeatResult> t =
                    heldBy(ALICE).heartbeat(ALICE.id(), AFTER_EXPIRY, TTL, OptionalLong.empty(), Optional.empty());

            assertThat(t.result())
                    .isInstanceOfSatisfying(
                            LockLost.class, lost -> assertThat(lost.current()).isEmpty());
            assertThat(t.next().lock()).isEmpty();
            assertThat(t.history()).extracting(HistoryEntry::action).containsExactly(HistoryAction.EXPIRED);
        }

        @Test
        void reportsALockThatPassedToSomeoneElseAsLost() {
            LockSlot takenOver =
                    heldBy(ALICE).takeOver(ADMIN, LATER, TTL, Optional.empty()).next();

            Transition<HeartbeatResult> t =
                    takenOver.heartbeat(ALICE.id(), LATER, TTL, OptionalLong.empty(), Optional.empty());

            LockLost lost = (LockLost) t.result();
            assertThat(lost.current())
                    .hasValueSatisfying(l -> assertThat(l.holder()).isEqualTo(ADMIN));
            assertThat(t.next()).isEqualTo(takenOver);
        }

        @Test
        void refusesTheTokenOfAnEarlierLockOfTheSameHolder() {
            LockSlot second = heldBy(ALICE)
                    .release(ALICE.id(), LATER, OptionalLong.empty(), Optional.empty())
                    .next()
                    .acquire(ALICE, LATER, TTL, OptionalLong.empty())
                    .next();

            Transition<HeartbeatResult> t =
                    second.heartbeat(ALICE.id(), LATER, TTL, OptionalLong.empty(), Optional.of(new FencingToken(1)));

            assertThat(t.result()).isInstanceOf(StaleFencingToken.class);
            assertThat(t.next()).isEqualTo(second);
        }
    }

    @Nested
    class Release {

        @Test
        void endsTheHoldersLockWithAReleasedRowAndItsDuration() {
            Transition<ReleaseResult> t =
                    heldBy(ALICE).release(ALICE.id(), LATER, OptionalLong.empty(), Optional.empty());

            Released released = (Released) t.result();
            assertThat(released.heldFor()).isEqualTo(Duration.ofSeconds(60));
            assertThat(t.next().lock()).isEmpty();
            assertThat(t.history()).singleElement().satisfies(row -> {
                assertThat(row.action()).isEqualTo(HistoryAction.RELEASED);
                assertThat(row.heldFor()).contains(Duration.ofSeconds(60));
            });
        }

        @Test
        void refusesAnyoneButTheHolder() {
            LockSlot before = heldBy(ALICE);

            Transition<ReleaseResult> t = before.release(BOB.id(), LATER, OptionalLong.empty(), Optional.empty());

            assertThat(t.result()).isInstanceOf(NotHolder.class);
            assertThat(t.next()).isEqualTo(before);
        }

        @Test
        void neverEndsANewerLockWhenNamingAnOlderVersion() {
            LockSlot renewed = heldBy(ALICE)
                    .acquire(ALICE, LATER, TTL, OptionalLong.empty())
                    .next();

            Transition<ReleaseResult> t = renewed.release(ALICE.id(), LATER, OptionalLong.of(1), Optional.empty());

            assertThat(t.result()).isInstanceOf(VersionConflict.class);
            assertThat(t.next()).isEqualTo(renewed);
        }

        @Test
        void answersNotLockedWhenNothingIsHeld() {
            Transition<ReleaseResult> t = free().release(ALICE.id(), T0, OptionalLong.empty(), Optional.empty());

            assertThat(t.result()).isInstanceOf(NotLocked.class);
        }
    }

    @Nested
    class AdminActions {

        @Test
        void forceReleaseRecordsTheAdminAsActor() {
            Transition<ForceReleaseResult> t = heldBy(ALICE).forceRelease(ADMIN, LATER, Optional.of("stuck"));

            assertThat(t.result()).isInstanceOf(ForceReleased.class);
            assertThat(t.history()).singleElement().satisfies(row -> {
                assertThat(row.action()).isEqualTo(HistoryAction.FORCE_RELEASED);
                assertThat(row.holder()).isEqualTo(ALICE);
                assertThat(row.actor()).contains(ADMIN);
                assertThat(row.reason()).contains("stuck");
            });
        }

        @Test
        void takeoverEndsTheHoldersLockAndGrantsTheAdminANewTokenInOneStep() {
            Transition<TakeoverResult> t = heldBy(ALICE).takeOver(ADMIN, LATER, TTL, Optional.empty());

            TakenOver takenOver = (TakenOver) t.result();
            assertThat(takenOver.granted().holder()).isEqualTo(ADMIN);
            assertThat(takenOver.granted().fencingToken()).isEqualTo(new FencingToken(2));
            assertThat(takenOver.granted().version()).isEqualTo(1);
            assertThat(t.history())
                    .extracting(HistoryEntry::action)
                    .containsExactly(HistoryAction.FORCE_RELEASED, HistoryAction.ACQUIRED);
            assertThat(t.history().get(1).grantKind()).contains(GrantKind.TAKEOVER);
        }

        @Test
        void takeoverOfOnesOwnLockChangesNothing() {
            LockSlot before = heldBy(ADMIN);

            Transition<TakeoverResult> t = before.takeOver(ADMIN, LATER, TTL, Optional.empty());

            assertThat(t.result()).isInstanceOf(AlreadyHolder.class);
            assertThat(t.next()).isEqualTo(before);
        }
    }

    @Nested
    class Transfer {

        @Test
        void movesTheLockToTheRequesterWithANewToken() {
            Transition<TransferResult> t = heldBy(ALICE).transfer(ALICE.id(), BOB, LATER, TTL, Optional.empty());

            Transferred transferred = (Transferred) t.result();
            assertThat(transferred.granted().holder()).isEqualTo(BOB);
            assertThat(transferred.granted().fencingToken()).isEqualTo(new FencingToken(2));
            assertThat(t.history())
                    .extracting(HistoryEntry::action)
                    .containsExactly(HistoryAction.TRANSFERRED, HistoryAction.ACQUIRED);
            assertThat(t.history().get(0).actor()).contains(BOB);
        }

        @Test
        void refusesAnyoneButTheHolder() {
            Transition<TransferResult> t = heldBy(ALICE).transfer(BOB.id(), ADMIN, LATER, TTL, Optional.empty());

            assertThat(t.result()).isInstanceOf(NotHolder.class);
        }
    }

    @Nested
    class Expiry {

        @Test
        void expiresALockOnceAndOnlyOnce() {
            Transition<Optional<Lock>> first = heldBy(ALICE).expire(AFTER_EXPIRY);
            Transition<Optional<Lock>> second = first.next().expire(AFTER_EXPIRY.plusSeconds(1));

            assertThat(first.result()).isPresent();
            assertThat(first.history()).extracting(HistoryEntry::action).containsExactly(HistoryAction.EXPIRED);
            assertThat(second.result()).isEmpty();
            assertThat(second.history()).isEmpty();
        }

        @Test
        void leavesALiveLockAlone() {
            Transition<Optional<Lock>> t = heldBy(ALICE).expire(LATER);

            assertThat(t.result()).isEmpty();
            assertThat(t.next().lock()).isPresent();
        }
    }

    @Test
    void aRenewalNeverEndsTheLockBeforeItBeganWhenTheClockStepsBack() {
        Instant stepBack = T0.minusSeconds(400);

        Transition<AcquireResult> t = heldBy(ALICE).acquire(ALICE, stepBack, TTL, OptionalLong.empty());

        assertThat(((Renewed) t.result()).lock().expiresAt()).isEqualTo(T0.plus(TTL));
    }

    @Test
    void tokensOnlyGrowAcrossReleaseExpiryTakeoverAndTransfer() {
        LockSlot slot = heldBy(ALICE);
        slot = slot.release(ALICE.id(), LATER, OptionalLong.empty(), Optional.empty())
                .next();
        slot = slot.acquire(BOB, LATER, TTL, OptionalLong.empty()).next();
        slot = slot.acquire(ALICE, LATER.plus(TTL), TTL, OptionalLong.empty()).next();
        slot = slot.takeOver(ADMIN, LATER.plus(TTL), TTL, Optional.empty()).next();
        slot = slot.transfer(ADMIN.id(), BOB, LATER.plus(TTL), TTL, Optional.empty())
                .next();

        assertThat(slot.lock())
                .hasValueSatisfying(l -> assertThat(l.fencingToken()).isEqualTo(new FencingToken(5)));
        assertThat(slot.lastIssued()).isEqualTo(new FencingToken(5));
    }
}
