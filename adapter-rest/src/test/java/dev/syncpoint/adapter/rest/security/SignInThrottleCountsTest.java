package dev.syncpoint.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.contract.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleCountsTest {

    private static final Duration WINDOW = Duration.ofMinutes(5);

    private final MutableClock clock = MutableClock.startingAt(Instant.parse("2031-05-01T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(new SignInLimits(3, 5, WINDOW), clock);

    @Test
    void attemptsAreAdmittedUpToTheLimitAndThenWaitUntilTheOldestAgesOut() {
        throttle.admit("a@example.test", "10.0.0.1");
        clock.advance(Duration.ofSeconds(30));
        throttle.admit("a@example.test", "10.0.0.1");
        throttle.admit("a@example.test", "10.0.0.1");

        SignInThrottle.Admission fourth = throttle.admit("a@example.test", "10.0.0.1");

        assertThat(fourth).isEqualTo(new SignInThrottle.Throttled(WINDOW.minusSeconds(30), true, true));
    }

    @Test
    void aFailureExactlyOneWindowOldNoLongerCounts() {
        for (int i = 0; i < 3; i++) {
            throttle.admit("a@example.test", "10.0.0.1");
        }
        clock.advance(WINDOW);

        assertThat(throttle.admit("a@example.test", "10.0.0.1")).isInstanceOf(SignInThrottle.Admitted.class);
    }

    @Test
    void aForgottenAttemptGivesItsPlaceBack() {
        throttle.admit("a@example.test", "10.0.0.1");
        throttle.admit("a@example.test", "10.0.0.1");
        SignInThrottle.Admitted third = (SignInThrottle.Admitted) throttle.admit("a@example.test", "10.0.0.1");

        throttle.forget(third.attempt());

        assertThat(throttle.admit("a@example.test", "10.0.0.1")).isInstanceOf(SignInThrottle.Admitted.class);
    }

    @Test
    void theAddressCountSpansEmailsAndTheLongerWaitIsTold() {
        for (int i = 0; i < 5; i++) {
            throttle.admit("user" + i + "@example.test", "10.0.0.1");
            clock.advance(Duration.ofSeconds(10));
        }

        SignInThrottle.Admission sixth = throttle.admit("someone@example.test", "10.0.0.1");
        SignInThrottle.Admission elsewhere = throttle.admit("someone@example.test", "10.0.0.2");

        assertThat(sixth).isEqualTo(new SignInThrottle.Throttled(WINDOW.minusSeconds(50), false, true));
        assertThat(elsewhere).isInstanceOf(SignInThrottle.Admitted.class);
    }

    @Test
    void onlyTheFirstRefusalOfAFullCountIsMarkedFirst() {
        for (int i = 0; i < 3; i++) {
            throttle.admit("a@example.test", "10.0.0.1");
        }

        SignInThrottle.Throttled first = (SignInThrottle.Throttled) throttle.admit("a@example.test", "10.0.0.1");
        SignInThrottle.Throttled second = (SignInThrottle.Throttled) throttle.admit("a@example.test", "10.0.0.1");
        clock.advance(WINDOW);
        for (int i = 0; i < 3; i++) {
            throttle.admit("a@example.test", "10.0.0.1");
        }
        SignInThrottle.Throttled afterRefilling =
                (SignInThrottle.Throttled) throttle.admit("a@example.test", "10.0.0.1");

        assertThat(first.firstRefusal()).isTrue();
        assertThat(second.firstRefusal()).isFalse();
        assertThat(afterRefilling.firstRefusal()).isTrue();
    }

    @Test
    void refusedAttemptsLeaveNoCountBehind() {
        for (int i = 0; i < 5; i++) {
            throttle.admit("user" + i + "@example.test", "10.0.0.1");
        }
        int full = throttle.countsHeld();

        for (int i = 0; i < 1_000; i++) {
            throttle.admit("sprayed" + i + "@example.test", "10.0.0.1");
        }

        assertThat(full).isEqualTo(6);
        assertThat(throttle.countsHeld()).isEqualTo(6);
    }

    @Test
    void countsThatAgedOutAreSweptAwaySoMemoryFollowsRecentAttempts() {
        for (int i = 0; i < 5_000; i++) {
            throttle.admit("user" + i + "@example.test", "10.0." + (i / 250) + "." + (i % 250));
        }
        int crowded = throttle.countsHeld();
        clock.advance(WINDOW);

        for (int i = 0; i < 5_000; i++) {
            throttle.admit("later" + i + "@example.test", "10.1." + (i / 250) + "." + (i % 250));
        }

        assertThat(crowded).isEqualTo(10_000);
        assertThat(throttle.countsHeld()).isLessThanOrEqualTo(10_000 + 2);
    }
}
