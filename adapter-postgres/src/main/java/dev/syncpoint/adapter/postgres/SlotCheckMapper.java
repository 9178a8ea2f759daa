package dev.syncpoint.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@code present} and, when {@code appointment_id} is set, the lock that expired. */
final class SlotCheckMapper implements RowMapper<SlotCheck> {

    @Override
    public SlotCheck map(ResultSet row, StatementContext context) throws SQLException {
        boolean present = row.getBoolean("present");
        if (row.getObject("appointment_id") == null) {
            return new SlotCheck(present, Optional.empty());
        }
        return new SlotCheck(present, Optional.of(LockRowMapper.read(row)));
    }
}
