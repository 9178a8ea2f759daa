package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.GrantKind;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a {@code lock_history} row as a {@link HistoryEntry}. */
final class HistoryEntryMapper implements RowMapper<HistoryEntry> {

    @Override
    public HistoryEntry map(ResultSet row, StatementContext context) throws SQLException {
        return new HistoryEntry(
                new AppointmentId(row.getObject("appointment_id", UUID.class)),
                action(row.getString("action")),
                user(row, "holder").orElseThrow(),
                user(row, "actor"),
                new FencingToken(row.getLong("fencing_token")),
                row.getObject("at", OffsetDateTime.class).toInstant(),
                heldFor(row),
                grantKind(row.getString("grant_kind")),
                Optional.ofNullable(row.getString("reason")));
    }

    private static HistoryAction action(String wireName) {
        return HistoryAction.fromWireName(wireName)
                .orElseThrow(() -> new IllegalStateException("unknown history action " + wireName));
    }

    private static Optional<UserRef> user(ResultSet row, String prefix) throws SQLException {
        UUID id = row.getObject(prefix + "_id", UUID.class);
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(
                new UserRef(new UserId(id), row.getString(prefix + "_name"), row.getString(prefix + "_email")));
    }

    private static Optional<Duration> heldFor(ResultSet row) throws SQLException {
        long micros = row.getLong("held_for_micros");
        return row.wasNull() ? Optional.empty() : Optional.of(Duration.of(micros, ChronoUnit.MICROS));
    }

    private static Optional<GrantKind> grantKind(String wireName) {
        return Optional.ofNullable(wireName).map(name -> GrantKind.valueOf(name.toUpperCase(Locale.ROOT)));
    }
}
