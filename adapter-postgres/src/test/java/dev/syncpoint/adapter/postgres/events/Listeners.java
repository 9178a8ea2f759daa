package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.adapter.postgres.PostgresDatabase;
import java.util.List;

/** The backends listening on a schema's channel, as {@code pg_stat_activity} shows them. */
final class Listeners {

    private static final String PIDS = """
            SELECT pid
            FROM pg_stat_activity
            WHERE application_name = :channel
            ORDER BY pid
            """;

    /** In the select list, not the WHERE clause, where the planner may call it before filtering. */
    private static final String TERMINATE = """
            SELECT pg_terminate_backend(pid)
            FROM pg_stat_activity
            WHERE application_name = :channel
            """;

    private Listeners() {}

    static List<Integer> pids(PostgresDatabase database) {
        return database.jdbi()
                .withHandle(handle -> handle.createQuery(PIDS)
                        .bind("channel", channelOf(database))
                        .mapTo(Integer.class)
                        .list());
    }

    /**
     * Ends every listening backend on the channel, as an admin or a failing network would; answers
     * how many.
     */
    static int terminate(PostgresDatabase database) {
        List<Boolean> ended = database.jdbi()
                .withHandle(handle -> handle.createQuery(TERMINATE)
                        .bind("channel", channelOf(database))
                        .mapTo(Boolean.class)
                        .list());
        return (int) ended.stream().filter(Boolean::booleanValue).count();
    }

    private static String channelOf(PostgresDatabase database) {
        return EventChannel.forSchema(database.settings().schema()).name();
    }
}
