package dev.syncpoint.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@code now} and, when {@code appointment_id} is set, the live lock beside it. */
final class LockReadingMapper implements RowMapper<LockReading> {

    @Override
    public LockReading map(ResultSet row, StatementContext context) throws SQLException {
        var now = row.getObject("now", OffsetDateTime.class).toInstant();
        if (row.getObject("appointment_id") == null) {
            return new LockReading(now, Optional.empty());
        }
        return new LockReading(now, Optional.of(LockRowMapper.read(row)));
    }
}
