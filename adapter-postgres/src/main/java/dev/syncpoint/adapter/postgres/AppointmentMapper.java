package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.appointment.AppointmentStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads an {@code appointments} row, giving start and end back in the offset they were written with. */
final class AppointmentMapper implements RowMapper<Appointment> {

    @Override
    public Appointment map(ResultSet row, StatementContext context) throws SQLException {
        AppointmentDetails details = new AppointmentDetails(
                row.getString("title"),
                row.getString("description"),
                moment(row, "starts"),
                moment(row, "ends"),
                status(row.getString("status")),
                row.getString("location"),
                row.getString("organizer"),
                attendees(row.getArray("attendees")));
        return new Appointment(
                new AppointmentId(row.getObject("id", UUID.class)),
                details,
                row.getLong("version"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime moment(ResultSet row, String prefix) throws SQLException {
        OffsetDateTime micros = row.getObject(prefix + "_at", OffsetDateTime.class);
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(row.getInt(prefix + "_offset"));
        return micros.toInstant().plusNanos(row.getInt(prefix + "_nanos")).atOffset(offset);
    }

    private static AppointmentStatus status(String wireName) {
        return AppointmentStatus.fromWireName(wireName)
                .orElseThrow(() -> new IllegalStateException("unknown appointment status " + wireName));
    }

    private static List<String> attendees(Array array) throws SQLException {
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
