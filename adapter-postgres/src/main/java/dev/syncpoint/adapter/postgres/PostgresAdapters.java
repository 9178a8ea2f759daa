package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.SyncPointPorts;
import dev.syncpoint.application.port.out.AccessTokens;
import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.ControlRequests;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockHistory;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.application.port.out.PasswordHasher;
import dev.syncpoint.application.port.out.UserStore;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Every outbound port, with the stores on one PostgreSQL database. Events, password hashing and access
 * tokens are not the database's business, so the caller hands them in: the server plugs in its
 * LISTEN/NOTIFY relay, bcrypt and JWT; a test may use the in-memory ones.
 */
public record PostgresAdapters(
        LockStore lockStore,
        LockHistory lockHistory,
        AppointmentStore appointmentStore,
        UserStore userStore,
        ControlRequests controlRequests,
        LockEvents lockEvents,
        PasswordHasher passwordHasher,
        AccessTokens accessTokens)
        implements SyncPointPorts {

    public PostgresAdapters {
        Objects.requireNonNull(lockStore, "lockStore");
        Objects.requireNonNull(lockHistory, "lockHistory");
        Objects.requireNonNull(appointmentStore, "appointmentStore");
        Objects.requireNonNull(userStore, "userStore");
        Objects.requireNonNull(controlRequests, "controlRequests");
        Objects.requireNonNull(lockEvents, "lockEvents");
        Objects.requireNonNull(passwordHasher, "passwordHasher");
        Objects.requireNonNull(accessTokens, "accessTokens");
    }

    /** The stores on {@code database}, together with the three ports it does not provide. */
    public static PostgresAdapters create(
            PostgresDatabase database, LockEvents events, PasswordHasher hasher, AccessTokens tokens) {
        return create(database.jdbi(), events, hasher, tokens);
    }

    /**
     * The stores on a {@link Jdbi} set up by {@link PostgresDatabase}, whose schema the migrations made,
     * together with the three ports the database does not provide.
     */
    public static PostgresAdapters create(Jdbi jdbi, LockEvents events, PasswordHasher hasher, AccessTokens tokens) {
        Jdbi mapped = RowMappers.registerOn(jdbi);
        Transactions transactions = new Transactions(mapped);
        LockSql locks = mapped.onDemand(LockSql.class);
        return new PostgresAdapters(
                new PostgresLockStore(transactions, locks),
                new PostgresLockHistory(transactions, mapped.onDemand(HistorySql.class)),
                new PostgresAppointmentStore(transactions, mapped.onDemand(AppointmentSql.class), locks),
                new PostgresUserStore(transactions, mapped.onDemand(UserSql.class)),
                new PostgresControlRequests(transactions, mapped.onDemand(ControlRequestSql.class)),
                events,
                hasher,
                tokens);
    }
}
