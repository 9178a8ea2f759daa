package dev.syncpoint.application.contract;

import static dev.syncpoint.application.contract.Answers.expect;

import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.ControlRequests;
import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.LockHistory;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.LockTtl;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;

/**
 * The hooks and helpers shared by the contracts of the stores that share state: {@link LockStoreContract},
 * {@link LockHistoryContract}, {@link AppointmentStoreContract}, {@link ControlRequestsContract} and
 * {@link LockStoreRaceContract}. An adapter subclasses each of those and implements two hooks.
 *
 * <p>The contracts never assume that the clock stands still between two calls, since a database's clock
 * does not. They move time only with {@link #advanceClock}, and compare times only with values read after
 * the last move, such as the {@code serverNow} of an answer.
 */
public abstract class SharedStoresContract {

    /** Rule 2's default time-to-live, used wherever a test does not care about the ttl. */
    protected static final Duration TTL = LockTtl.DEFAULT;

    private SharedStores stores;

    /**
     * Called before each test. Answers empty stores, sharing state and one clock: no appointments, locks,
     * history rows, conflict counts or requests for control.
     */
    protected abstract SharedStores openStores();

    /**
     * Moves the stores' clock forward by {@code by}. A store whose clock cannot be set, such as a
     * database's, may instead move the times of its locks, history rows and requests for control back by
     * {@code by}; appointments' {@code createdAt} and {@code updatedAt} must stay as they are, since some
     * contracts compare them across a move.
     */
    protected abstract void advanceClock(Duration by);

    /**
     * A new person to lock with. A store that needs its users to exist first may override this to register
     * them.
     */
    protected UserRef newUser(String name) {
        return ContractTestData.user(name);
    }

    @BeforeEach
    final void openFreshStores() {
        stores = openStores();
    }

    protected final LockStore lockStore() {
        return stores.lockStore();
    }

    protected final LockHistory lockHistory() {
        return stores.lockHistory();
    }

    protected final AppointmentStore appointmentStore() {
        return stores.appointmentStore();
    }

    protected final ControlRequests controlRequests() {
        return stores.controlRequests();
    }

    /** Creates an appointment with default details and answers its id. */
    protected final AppointmentId newAppointment() {
        return appointmentStore()
                .create(AppointmentId.random(), ContractTestData.appointment().build())
                .id();
    }

    /** Acquires a lock that the test needs granted, failing the test when it is not. */
    protected final Acquired acquired(AppointmentId appointment, UserRef who) {
        return acquired(appointment, who, TTL);
    }

    protected final Acquired acquired(AppointmentId appointment, UserRef who, Duration ttl) {
        return expect(Acquired.class, lockStore().acquire(appointment, who, ttl, OptionalLong.empty()));
    }

    /** The appointment's history, newest first. */
    protected final List<HistoryEntry> historyOf(AppointmentId appointment) {
        return HistoryReader.readAll(lockHistory(), HistoryQuery.forAppointment(appointment, firstPage()));
    }

    /** All history rows, newest first. */
    protected final List<HistoryEntry> allHistory() {
        return HistoryReader.readAll(lockHistory(), HistoryQuery.all(firstPage()));
    }

    private static PageRequest firstPage() {
        return PageRequest.first(PageRequest.MAX_LIMIT);
    }
}
