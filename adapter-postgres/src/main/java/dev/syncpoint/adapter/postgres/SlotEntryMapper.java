package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.lock.FencingToken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

final class SlotEntryMapper implements RowMapper<SlotEntry> {

    @Override
    public SlotEntry map(ResultSet row, StatementContext context) throws SQLException {
        return new SlotEntry(
                row.getObject("now", OffsetDateTime.class).toInstant(),
                new FencingToken(row.getLong("last_fencing_token")));
    }
}
