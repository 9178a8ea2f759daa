package dev.syncpoint.domain.lock;

import static dev.syncpoint.domain.lock.LockSlotTestData.ALICE;
import static dev.syncpoint.domain.lock.LockSlotTestData.APPOINTMENT;
import static dev.syncpoint.domain.lock.LockSlotTestData.BOB;
import static dev.syncpoint.domain.lock.LockSlotTestData.T0;
import static dev.syncpoint.domain.lock.LockSlotTestData.TTL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlRequestAndGraceTest {

    private final DisconnectGrace grace = new DisconnectGrace(Duration.ofSeconds(30));
    private final Lock held = Lock.grant(APPOINTMENT, ALICE, new FencingToken(1), T0, TTL);

    @Test
    void anUnansweredRequestLapsesAfterSixtySeconds() {
        ControlRequest request = ControlRequest.open(APPOINTMENT, BOB, ALICE, T0);

        assertThat(request.isOpenAt(T0.plusSeconds(59))).isTrue();
        assertThat(request.stateAt(T0.plusSeconds(60))).isEqualTo(ControlRequestState.LAPSED);
    }

    @Test
    void anAnsweredRequestKeepsItsAnswerAfterTheLapseTime() {
        ControlRequest denied = ControlRequest.open(APPOINTMENT, BOB, ALICE, T0).answered(ControlRequestState.DENIED);

        assertThat(denied.stateAt(T0.plusSeconds(600))).isEqualTo(ControlRequestState.DENIED);
    }

    @Test
    void releasesAnAbandonedLockOnlyAfterTheGracePeriod() {
        assertThat(grace.releaseDue(held, Optional.of(held), T0, T0.plusSeconds(29), false))
                .isFalse();
        assertThat(grace.releaseDue(held, Optional.of(held), T0, T0.plusSeconds(30), false))
                .isTrue();
    }

    @Test
    void keepsTheLockWhenTheHolderCameBackOrRenewed() {
        Lock renewed = held.renewedAt(T0.plusSeconds(10), TTL);

        assertThat(grace.releaseDue(held, Optional.of(held), T0, T0.plusSeconds(31), true))
                .isFalse();
        assertThat(grace.releaseDue(held, Optional.of(renewed), T0, T0.plusSeconds(31), false))
                .isFalse();
    }

    @Test
    void neverReleasesALockThatIsNoLongerTheOneSeenAtDisconnect() {
        Lock newer = Lock.grant(APPOINTMENT, BOB, new FencingToken(2), T0.plusSeconds(5), TTL);

        assertThat(grace.releaseDue(held, Optional.of(newer), T0, T0.plusSeconds(31), false))
                .isFalse();
        assertThat(grace.releaseDue(held, Optional.empty(), T0, T0.plusSeconds(31), false))
                .isFalse();
    }
}
