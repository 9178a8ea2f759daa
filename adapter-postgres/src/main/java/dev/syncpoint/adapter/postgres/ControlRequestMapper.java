package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ControlRequestId;
import dev.syncpoint.domain.lock.ControlRequestState;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a {@code control_requests} row; the state is the stored one, lapsing is left to the domain. */
final class ControlRequestMapper implements RowMapper<ControlRequest> {

    @Override
    public ControlRequest map(ResultSet row, StatementContext context) throws SQLException {
        return new ControlRequest(
                new ControlRequestId(row.getObject("id", UUID.class)),
                new AppointmentId(row.getObject("appointment_id", UUID.class)),
                user(row, "requester"),
                user(row, "holder"),
                row.getObject("requested_at", OffsetDateTime.class).toInstant(),
                row.getObject("lapses_at", OffsetDateTime.class).toInstant(),
                ControlRequestState.valueOf(row.getString("state").toUpperCase(Locale.ROOT)));
    }

    private static UserRef user(ResultSet row, String prefix) throws SQLException {
        return new UserRef(
                new UserId(row.getObject(prefix + "_id", UUID.class)),
                row.getString(prefix + "_name"),
                row.getString(prefix + "_email"));
    }
}
