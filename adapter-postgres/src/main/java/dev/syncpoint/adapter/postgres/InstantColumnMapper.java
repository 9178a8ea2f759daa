package dev.syncpoint.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a {@code timestamptz} column as the exact {@link Instant}, whatever the JVM's time zone. */
final class InstantColumnMapper implements ColumnMapper<Instant> {

    @Override
    public Instant map(ResultSet row, int column, StatementContext context) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
