package dev.syncpoint.bootstrap;

import dev.syncpoint.adapter.rest.HealthCheck;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** {@code GET /health}: the database is up when a pooled connection answers within two seconds. */
final class DatabaseHealth implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean databaseUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
