package dev.syncpoint.adapter.postgres.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sends one event to every node listening on the channel, over a pooled connection.
 *
 * <p>An event whose notice fits {@link #LONGEST_INLINE_BYTES} travels inside it. A larger one, such
 * as an appointment with a long description, is written to {@code large_events} and the notice
 * carries only the row's id; row and notice commit in one transaction, so a listener that hears the
 * notice finds the row. Writing a large event also deletes those older than
 * {@link #KEEP_LARGE_EVENTS}, which every listener has read long before, so the table holds little
 * more than the last hour's large events without a sweeper.
 */
final class NoticeSender {

    /**
     * PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. The margin keeps a notice under
     * it even in a server encoding that spends more bytes than UTF-8 on some characters.
     */
    static final int LONGEST_INLINE_BYTES = 7_500;

    static final Duration KEEP_LARGE_EVENTS = Duration.ofHours(1);

    private static final String NOTIFY = """
            SELECT pg_notify(:channel, :notice)::text
            """;

    private static final String STORE = """
            WITH forgotten AS (
                DELETE FROM large_events
                WHERE stored_at < clock_timestamp() - :keepSeconds * interval '1 second'
            )
            INSERT INTO large_events (payload)
            VALUES (:payload)
            RETURNING id
            """;

    private final Jdbi jdbi;
    private final EventChannel channel;

    NoticeSender(Jdbi jdbi, EventChannel channel) {
        this.jdbi = jdbi;
        this.channel = channel;
    }

    /** Sends {@code eventJson} as published by {@code origin}; fails if the database is away. */
    void send(UUID origin, String eventJson) {
        Notice.Inline inline = new Notice.Inline(origin, eventJson);
        if (inline.text().getBytes(StandardCharsets.UTF_8).length <= LONGEST_INLINE_BYTES) {
            jdbi.useHandle(handle -> notify(handle, inline));
            return;
        }

        jdbi.useTransaction(handle -> {
            long rowId = store(handle, eventJson);
            notify(handle, new Notice.Stored(origin, rowId));
        });
    }

    private long store(Handle handle, String eventJson) {
        return handle.createQuery(STORE)
                .bind("keepSeconds", KEEP_LARGE_EVENTS.toSeconds())
                .bind("payload", eventJson)
                .mapTo(Long.class)
                .one();
    }

    private void notify(Handle handle, Notice notice) {
        handle.createQuery(NOTIFY)
                .bind("channel", channel.name())
                .bind("notice", notice.text())
                .mapTo(String.class)
                .one();
    }
}
