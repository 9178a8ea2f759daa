package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.contract.SharedStores;
import dev.syncpoint.application.memory.InMemoryAdapters;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension giving a test class its own migrated schema ({@link TestDatabase#freshSchema}), the
 * adapters on it, and the contract kit's time hook.
 *
 * <p>The stores read time from {@code clock_timestamp()}, which a test cannot set. {@link #moveStoredTimesBack}
 * moves every time the stores wrote back instead, which to the stores is the same as time passing: a lock
 * acquired now with a 300 s ttl, moved back 301 s, has expired.
 */
final class FreshSchema implements BeforeAllCallback, AfterAllCallback {

    private static final String MOVE_LOCKS_BACK = """
            UPDATE locks
            SET acquired_at = acquired_at - :micros * interval '1 microsecond',
                expires_at = expires_at - :micros * interval '1 microsecond'
            """;

    private static final String MOVE_HISTORY_BACK = """
            UPDATE lock_history
            SET at = at - :micros * interval '1 microsecond'
            """;

    private static final String MOVE_REQUESTS_BACK = """
            UPDATE control_requests
            SET requested_at = requested_at - :micros * interval '1 microsecond',
                lapses_at = lapses_at - :micros * interval '1 microsecond'
            """;

    /**
     * The times the lock rules read. Appointments' created and updated times decide nothing and stay put:
     * the appointment contract compares them across a move of the clock. Users' times come from the caller.
     */
    private static final List<String> MOVE_BACK = List.of(MOVE_LOCKS_BACK, MOVE_HISTORY_BACK, MOVE_REQUESTS_BACK);

    private final int poolSize;
    private TestSchema schema;
    private PostgresAdapters adapters;

    FreshSchema() {
        this(4);
    }

    FreshSchema(int poolSize) {
        this.poolSize = poolSize;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        schema = TestDatabase.freshSchema(settings -> settings.withPoolSize(poolSize));
        InMemoryAdapters others = InMemoryAdapters.create();
        adapters = PostgresAdapters.create(
                schema.database(), others.lockEvents(), others.passwordHasher(), others.accessTokens());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        schema.close();
    }

    PostgresAdapters adapters() {
        return adapters;
    }

    TestSchema schema() {
        return schema;
    }

    /** Empties every table and answers the stores that share this schema. */
    SharedStores emptyStores() {
        schema.truncate();
        return new SharedStores(
                adapters.lockStore(), adapters.lockHistory(), adapters.appointmentStore(), adapters.controlRequests());
    }

    /** Moves every stored time back by {@code by}, in one transaction; see the class comment. */
    void moveStoredTimesBack(Duration by) {
        long micros = by.toNanos() / 1_000;
        schema.database().jdbi().useTransaction(handle -> {
            for (String statement : MOVE_BACK) {
                handle.createUpdate(statement).bind("micros", micros).execute();
            }
        });
    }
}
