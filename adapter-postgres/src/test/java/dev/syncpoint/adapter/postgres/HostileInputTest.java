package dev.syncpoint.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.application.port.out.UserAccount;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ForceReleased;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Text from people goes into every column as a bound parameter and comes back exactly; text PostgreSQL
 * cannot keep exactly is refused with a clear error before anything is written. The appointment fields
 * are covered by the appointment contract; this covers the rest.
 */
class HostileInputTest {

    private static final String SAMPLE = "O'Brien's \"x\"); DROP TABLE locks; -- \\ %_ $1 :name ? <b>&amp;</b> "
            + "Zoë 🦷 中文 עברית \u202Eevil\u202C e\u0301 \u200B\t\r\n";

    /** About ten kilobytes of the sample, the size of a long pasted note. */
    private static final String TEN_KB = SAMPLE.repeat(10_240 / SAMPLE.length() + 1);

    private static final Duration TTL = Duration.ofMinutes(5);

    @RegisterExtension
    static final FreshSchema SCHEMA = new FreshSchema();

    private PostgresAdapters stores;
    private AppointmentId appointment;

    @BeforeEach
    void emptyStoresAndOneAppointment() {
        SCHEMA.emptyStores();
        stores = SCHEMA.adapters();
        appointment = stores.appointmentStore()
                .create(AppointmentId.random(), ContractTestData.appointment().build())
                .id();
    }

    @Test
    void hostileNamesOnALockAndInItsHistoryComeBackExactly() {
        UserRef holder = new UserRef(UserId.random(), TEN_KB, SAMPLE + "@example.test");
        UserRef admin = new UserRef(UserId.random(), SAMPLE, "admin'--@example.test");

        Lock lock = ((Acquired) stores.lockStore().acquire(appointment, holder, TTL, OptionalLong.empty())).lock();
        ForceReleased forced = (ForceReleased) stores.lockStore().forceRelease(appointment, admin, Optional.of(TEN_KB));

        assertThat(lock.holder()).isEqualTo(holder);
        assertThat(forced.ended().holder()).isEqualTo(holder);
        List<HistoryEntry> rows = stores.lockHistory()
                .find(HistoryQuery.forAppointment(appointment, PageRequest.first(10)))
                .items();
        assertThat(rows).extracting(HistoryEntry::holder).containsOnly(holder);
        assertThat(rows.get(0).actor()).contains(admin);
        assertThat(rows.get(0).reason()).contains(TEN_KB);
    }

    @Test
    void hostileAccountsComeBackExactly() {
        User user = new User(UserId.random(), "o'hara+\"x\"@example.test", TEN_KB, Role.USER, ContractTestData.START);
        UserAccount account = new UserAccount(user, TEN_KB);

        stores.userStore().add(account);

        assertThat(stores.userStore().findByEmail("O'HARA+\"X\"@example.test")).contains(account);
        assertThat(stores.userStore().findById(user.id())).contains(user);
    }

    @Test
    void hostileNamesOnARequestForControlComeBackExactly() {
        UserRef requester = new UserRef(UserId.random(), TEN_KB, SAMPLE);
        UserRef holder = new UserRef(UserId.random(), SAMPLE, TEN_KB);
        ControlRequest request = ControlRequest.open(
                appointment, requester, holder, stores.lockStore().now());

        stores.controlRequests().openUnlessPending(request, stores.lockStore().now());

        assertThat(stores.controlRequests().find(request.id())).contains(request);
    }

    @Test
    void aNameWithALoneSurrogateIsRefusedAndNothingIsStored() {
        UserRef broken = new UserRef(UserId.random(), "half a tooth \uD83E", "broken@example.test");

        assertThatThrownBy(() -> stores.lockStore().acquire(appointment, broken, TTL, OptionalLong.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holder name")
                .hasMessageContaining("surrogate");
        assertThat(stores.lockStore().status(appointment).lock()).isEmpty();
        assertThat(stores.lockHistory().statistics(Optional.of(appointment)).count(HistoryAction.ACQUIRED))
                .isZero();
    }

    @Test
    void aNulInAnAccountIsRefusedAndNotStored() {
        User user = new User(UserId.random(), "nul@example.test", "Nul\u0000Name", Role.USER, ContractTestData.START);

        assertThatThrownBy(() -> stores.userStore().add(new UserAccount(user, "hash")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NUL");
        assertThat(stores.userStore().findById(user.id())).isEmpty();
        assertThat(stores.userStore().findByEmail("nul\u0000@example.test")).isEmpty();
    }

    @Test
    void theFirstAndLastYearsTheDomainAllowsComeBackExactly() {
        AppointmentDetails edges = ContractTestData.appointment()
                .startingAt(OffsetDateTime.parse("0001-01-01T00:00:00Z"))
                .lasting(java.time.Duration.between(
                        OffsetDateTime.parse("0001-01-01T00:00:00Z"),
                        OffsetDateTime.parse("9999-12-31T23:59:59.999999Z")))
                .build();

        Appointment created = stores.appointmentStore().create(AppointmentId.random(), edges);

        Appointment found = stores.appointmentStore().find(created.id()).orElseThrow();
        assertThat(found.details().startDate()).isEqualTo(edges.startDate());
        assertThat(found.details().endDate()).isEqualTo(edges.endDate());
    }

    @Test
    void startAndEndComeBackWithTheirNanosecondsAndTheirOffset() {
        OffsetDateTime start = OffsetDateTime.parse("2031-03-10T09:00:00.123456789+05:45");
        AppointmentDetails details =
                ContractTestData.appointment().startingAt(start).build();

        Appointment created = stores.appointmentStore().create(AppointmentId.random(), details);

        Appointment found = stores.appointmentStore().find(created.id()).orElseThrow();
        assertThat(found.details().startDate()).isEqualTo(start);
        assertThat(found.details().endDate()).isEqualTo(details.endDate());
    }

    @Test
    void aRangeReachingBeyondTheStoredYearsStillFindsEveryAppointment() {
        var page = stores.appointmentStore().overlapping(Instant.MIN, Instant.MAX, PageRequest.first(10));

        assertThat(page.items()).extracting(Appointment::id).containsExactly(appointment);
    }
}
