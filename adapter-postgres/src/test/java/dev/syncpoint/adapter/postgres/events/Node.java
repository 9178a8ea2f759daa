package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.adapter.postgres.PostgresDatabase;
import dev.syncpoint.adapter.postgres.PostgresSettings;
import dev.syncpoint.application.contract.RecordingListener;

/**
 * One server node as the relay sees it: a pool of its own on the shared schema, its event relay,
 * and a subscriber that records what the node hears.
 */
final class Node implements AutoCloseable {

    private final PostgresDatabase database;
    private final PostgresLockEvents events;
    private final RecordingListener heard = new RecordingListener();

    private Node(PostgresDatabase database) {
        this.database = database;
        this.events = PostgresLockEvents.open(database);
        events.subscribe(heard);
    }

    /** A node on the schema of {@code settings}, which the migrations have made or will make. */
    static Node on(PostgresSettings settings) {
        return new Node(PostgresDatabase.open(settings.withPoolSize(2)));
    }

    PostgresLockEvents events() {
        return events;
    }

    RecordingListener heard() {
        return heard;
    }

    PostgresDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            events.close();
        } finally {
            database.close();
        }
    }
}
