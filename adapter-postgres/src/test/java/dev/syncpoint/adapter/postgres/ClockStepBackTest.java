package dev.syncpoint.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.Renewed;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database's clock stepping back, staged by moving the stored times forward instead: a renewal then
 * gives what {@code Lock.renewedAt} gives, keeping the expiry rather than ending the lock before it began.
 */
class ClockStepBackTest {

    private static final Duration TTL = Duration.ofMinutes(1);
    private static final Duration STEP_BACK = Duration.ofMinutes(10);

    @RegisterExtension
    static final FreshSchema SCHEMA = new FreshSchema();

    private PostgresAdapters stores;
    private AppointmentId appointment;
    private UserRef alice;

    @BeforeEach
    void lockedAppointmentBeforeTheClockStepsBack() {
        SCHEMA.emptyStores();
        stores = SCHEMA.adapters();
        appointment = stores.appointmentStore()
                .create(AppointmentId.random(), ContractTestData.appointment().build())
                .id();
        alice = ContractTestData.user("Alice");
        stores.lockStore().acquire(appointment, alice, TTL, OptionalLong.empty());
        SCHEMA.moveStoredTimesBack(STEP_BACK.negated());
    }

    @Test
    void aHeartbeatAfterTheClockSteppedBackKeepsTheExpiry() {
        Lock before = stores.lockStore().status(appointment).lock().orElseThrow();

        var answer = stores.lockStore().heartbeat(appointment, alice.id(), TTL, OptionalLong.empty(), Optional.empty());

        Lock renewed = ((Renewed) answer).lock();
        assertThat(renewed.version()).isEqualTo(2);
        assertThat(renewed.expiresAt()).isEqualTo(before.expiresAt());
        assertThat(renewed.expiresAt())
                .isEqualTo(before.renewedAt(answer.serverNow(), TTL).expiresAt());
    }

    @Test
    void anAcquireByTheHolderAfterTheClockSteppedBackKeepsTheExpiry() {
        Lock before = stores.lockStore().status(appointment).lock().orElseThrow();

        var answer = stores.lockStore().acquire(appointment, alice, TTL, OptionalLong.empty());

        assertThat(answer).isNotInstanceOf(Acquired.class);
        assertThat(((Renewed) answer).lock().expiresAt()).isEqualTo(before.expiresAt());
    }
}
