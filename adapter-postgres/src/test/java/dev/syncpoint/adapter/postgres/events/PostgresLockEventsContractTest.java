package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.adapter.postgres.TestDatabase;
import dev.syncpoint.adapter.postgres.TestSchema;
import dev.syncpoint.application.contract.LockEventsContract;
import dev.syncpoint.application.port.out.LockEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The events contract on one node: publisher and subscribers share one relay. */
class PostgresLockEventsContractTest extends LockEventsContract {

    private static TestSchema schema;

    private PostgresLockEvents events;

    @BeforeAll
    static void createSchema() {
        schema = TestDatabase.freshSchema();
    }

    @AfterAll
    static void dropSchema() {
        schema.close();
    }

    @Override
    protected LockEvents openLockEvents() {
        events = PostgresLockEvents.open(schema.database());
        return events;
    }

    @AfterEach
    void closeTheRelay() {
        events.close();
    }
}
