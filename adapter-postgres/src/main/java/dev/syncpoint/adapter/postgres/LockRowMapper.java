package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a row with the columns of {@code locks} as a {@link Lock}. */
final class LockRowMapper implements RowMapper<Lock> {

    @Override
    public Lock map(ResultSet row, StatementContext context) throws SQLException {
        return read(row);
    }

    static Lock read(ResultSet row) throws SQLException {
        UserRef holder = new UserRef(
                new UserId(row.getObject("holder_id", UUID.class)),
                row.getString("holder_name"),
                row.getString("holder_email"));
        return new Lock(
                new AppointmentId(row.getObject("appointment_id", UUID.class)),
                holder,
                row.getLong("version"),
                new FencingToken(row.getLong("fencing_token")),
                row.getObject("acquired_at", OffsetDateTime.class).toInstant(),
                row.getObject("expires_at", OffsetDateTime.class).toInstant());
    }
}
