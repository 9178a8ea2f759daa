package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.adapter.postgres.PostgresSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.PGProperty;

/**
 * One connection of its own, straight from the driver rather than the pool, that has run
 * {@code LISTEN} on the channel. Only the listener thread uses it, except {@link #abort}, which any
 * thread may call.
 *
 * <p>The connection names itself after the channel ({@code application_name}), so
 * {@code pg_stat_activity} shows which backend listens where.
 */
final class ListeningConnection implements AutoCloseable {

    /** A reply slower than the longest statement plus this margin means the connection is gone. */
    private static final Duration SOCKET_MARGIN = Duration.ofSeconds(5);

    private static final String FIND_STORED = """
            SELECT payload
            FROM large_events
            WHERE id = ?
            """;

    private final Connection connection;
    private final PGConnection notices;

    private ListeningConnection(Connection connection) throws SQLException {
        this.connection = connection;
        this.notices = connection.unwrap(PGConnection.class);
    }

    /** Connects and starts listening on {@code channel}. */
    static ListeningConnection open(PostgresSettings settings, EventChannel channel) throws SQLException {
        Connection connection = DriverManager.getConnection(settings.jdbcUrl(), properties(settings, channel));
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + channel.name());
            return new ListeningConnection(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    int backendPid() {
        return notices.getBackendPID();
    }

    /** Waits up to {@code wait} for notices; answers their payloads, oldest first, or none. */
    List<String> await(Duration wait) throws SQLException {
        PGNotification[] received = notices.getNotifications(Math.toIntExact(wait.toMillis()));
        List<String> payloads = new ArrayList<>();
        if (received != null) {
            for (PGNotification notification : received) {
                payloads.add(notification.getParameter());
            }
        }
        return payloads;
    }

    /** The event stored in {@code large_events} row {@code rowId}; empty if that row is gone. */
    Optional<String> storedEvent(long rowId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIND_STORED)) {
            statement.setLong(1, rowId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Talks to the server, which is the only way to notice a server that vanished without a word.
     */
    void ping() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }

    /** Cuts the connection from another thread, making a wait on it fail at once. */
    void abort() {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException e) {
            // Aborting a connection that is already broken has nothing left to do.
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // The connection is being given up; a failure to say goodbye to the server changes
            // nothing.
        }
    }

    private static Properties properties(PostgresSettings settings, EventChannel channel) {
        Properties properties = new Properties();
        // Empty credentials leave the ones in the URL, if any, in force.
        if (!settings.user().isEmpty()) {
            PGProperty.USER.set(properties, settings.user());
        }
        if (!settings.password().isEmpty()) {
            PGProperty.PASSWORD.set(properties, settings.password());
        }
        settings.schema().ifPresent(schema -> PGProperty.CURRENT_SCHEMA.set(properties, schema));
        PGProperty.APPLICATION_NAME.set(properties, channel.name());
        PGProperty.CONNECT_TIMEOUT.set(properties, seconds(settings.connectionTimeout()));
        PGProperty.LOGIN_TIMEOUT.set(properties, seconds(settings.connectionTimeout()));
        PGProperty.SOCKET_TIMEOUT.set(
                properties, seconds(settings.statementTimeout().plus(SOCKET_MARGIN)));
        PGProperty.TCP_KEEP_ALIVE.set(properties, true);
        return properties;
    }

    /** The driver counts timeouts in whole seconds; rounding up keeps a short one from vanishing. */
    private static int seconds(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
