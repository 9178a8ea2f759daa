package dev.syncpoint.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MutableClockTest {

    @Test
    void theClockStandsStillUntilItIsAdvanced() {
        MutableClock clock = MutableClock.startingAt(ContractTestData.START);

        clock.advance(Duration.ofSeconds(90));

        assertThat(clock.instant()).isEqualTo(ContractTestData.START.plusSeconds(90));
        assertThat(clock.instant()).isEqualTo(clock.instant());
    }

    @Test
    void advancesFromManyThreadsAtOnceAreAllKept() {
        MutableClock clock = MutableClock.startingAt(ContractTestData.START);

        Simultaneously.run(16, i -> {
            for (int step = 0; step < 1_000; step++) {
                clock.advance(Duration.ofMillis(1));
            }
            return i;
        });

        assertThat(clock.instant()).isEqualTo(ContractTestData.START.plusSeconds(16));
    }

    @Test
    void theClockNeverRunsBackwards() {
        MutableClock clock = MutableClock.startingAt(ContractTestData.START);

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(ContractTestData.START);
    }
}
