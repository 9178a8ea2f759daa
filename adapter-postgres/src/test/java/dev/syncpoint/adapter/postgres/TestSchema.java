package dev.syncpoint.adapter.postgres;

/** A migrated schema of its own for one test class; closing it drops the schema and closes the pool. */
public final class TestSchema implements AutoCloseable {

    /** Every table with rows a test may leave behind; the counters' trigger lets TRUNCATE through. */
    private static final String EVERY_TABLE = "lock_history, locks, lock_slots, control_requests, appointments, users";

    private final PostgresDatabase database;
    private final String name;

    TestSchema(PostgresDatabase database, String name) {
        this.database = database;
        this.name = name;
    }

    public PostgresDatabase database() {
        return database;
    }

    public String name() {
        return name;
    }

    /** Empties every table, for contracts that want empty stores before each test. */
    public void truncate() {
        database.jdbi().useHandle(handle -> handle.execute("TRUNCATE " + EVERY_TABLE + " RESTART IDENTITY"));
    }

    @Override
    public void close() {
        try {
            database.jdbi().useHandle(handle -> handle.execute("DROP SCHEMA " + name + " CASCADE"));
        } finally {
            database.close();
        }
    }
}
