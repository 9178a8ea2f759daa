package dev.syncpoint.application.memory;

import dev.syncpoint.application.SyncPointPorts;
import dev.syncpoint.application.port.out.AccessTokens;
import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.ControlRequests;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockHistory;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.application.port.out.PasswordHasher;
import dev.syncpoint.application.port.out.UserStore;
import java.time.InstantSource;

/**
 * Every outbound port in memory, sharing one state and one clock: what an embedding program or a test needs
 * to run the use cases without a database. Safe for concurrent use; nothing survives the process.
 */
public record InMemoryAdapters(
        LockStore lockStore,
        LockHistory lockHistory,
        AppointmentStore appointmentStore,
        UserStore userStore,
        ControlRequests controlRequests,
        LockEvents lockEvents,
        PasswordHasher passwordHasher,
        AccessTokens accessTokens)
        implements SyncPointPorts {

    /** Adapters on the system clock. */
    public static InMemoryAdapters create() {
        return create(InstantSource.system());
    }

    /** Adapters reading time from {@code clock}; tests pass a settable one. */
    public static InMemoryAdapters create(InstantSource clock) {
        InMemoryState state = new InMemoryState(clock);
        return new InMemoryAdapters(
                new InMemoryLockStore(state),
                new InMemoryLockHistory(state),
                new InMemoryAppointmentStore(state),
                new InMemoryUserStore(),
                new InMemoryControlRequests(),
                new InMemoryLockEvents(),
                new Pbkdf2PasswordHasher(),
                new InMemoryAccessTokens(clock, InMemoryAccessTokens.DEFAULT_LIFETIME));
    }

    /** The same adapters with another password hasher, such as a cheaper one for tests. */
    public InMemoryAdapters withPasswordHasher(PasswordHasher hasher) {
        return new InMemoryAdapters(
                lockStore, lockHistory, appointmentStore, userStore, controlRequests, lockEvents, hasher, accessTokens);
    }
}
