package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.lock.Lock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The statements of {@link PostgresAppointmentStore}. */
interface AppointmentSql {

    /**
     * Stores the appointment at version 1, created and updated at one reading of the clock, and gives it a
     * lock slot; an id used before keeps the slot it had, and with it its fencing counter.
     */
    @SqlQuery("""
            WITH clock AS (
                SELECT clock_timestamp() AS now
            ),
            created AS (
                INSERT INTO appointments (
                    id, title, description,
                    starts_at, starts_nanos, starts_offset, ends_at, ends_nanos, ends_offset,
                    status, location, organizer, attendees, version, created_at, updated_at)
                SELECT
                    :id, :row.title, :row.description,
                    :row.startsAt, :row.startsNanos, :row.startsOffset,
                    :row.endsAt, :row.endsNanos, :row.endsOffset,
                    :row.status, :row.location, :row.organizer, :row.attendees, 1, clock.now, clock.now
                FROM clock
                RETURNING *
            ),
            slot AS (
                INSERT INTO lock_slots (appointment_id)
                SELECT id
                FROM created
                ON CONFLICT (appointment_id) DO NOTHING
            )
            SELECT *
            FROM created
            """)
    Appointment create(@Bind("id") UUID id, @BindMap("row") Map<String, Object> row);

    @SqlQuery("""
            SELECT *
            FROM appointments
            WHERE id = :id
            """)
    Optional<Appointment> find(@Bind("id") UUID id);

    @SqlQuery("""
            SELECT *
            FROM appointments
            ORDER BY starts_at, starts_nanos, id
            LIMIT :limit
            OFFSET :offset
            """)
    List<Appointment> list(@Bind("offset") int offset, @Bind("limit") int limit);

    @SqlQuery("SELECT count(*) FROM appointments")
    long count();

    /** Spans overlapping [from, to), compared to the nanosecond through the sub-microsecond columns. */
    @SqlQuery("""
            SELECT *
            FROM appointments
            WHERE (starts_at, starts_nanos) < (:toMicros, :toNanos)
              AND (ends_at, ends_nanos) > (:fromMicros, :fromNanos)
            ORDER BY starts_at, starts_nanos, id
            LIMIT :limit
            OFFSET :offset
            """)
    List<Appointment> overlapping(
            @BindMap Map<String, Object> range, @Bind("offset") int offset, @Bind("limit") int limit);

    @SqlQuery("""
            SELECT count(*)
            FROM appointments
            WHERE (starts_at, starts_nanos) < (:toMicros, :toNanos)
              AND (ends_at, ends_nanos) > (:fromMicros, :fromNanos)
            """)
    long countOverlapping(@BindMap Map<String, Object> range);

    /**
     * Rule 11 as one statement: the details change, and the version rises by one, only where the editor
     * holds the live lock with this fencing token and the version they read is the stored one.
     */
    @SqlQuery("""
            UPDATE appointments
            SET title = :row.title,
                description = :row.description,
                starts_at = :row.startsAt,
                starts_nanos = :row.startsNanos,
                starts_offset = :row.startsOffset,
                ends_at = :row.endsAt,
                ends_nanos = :row.endsNanos,
                ends_offset = :row.endsOffset,
                status = :row.status,
                location = :row.location,
                organizer = :row.organizer,
                attendees = :row.attendees,
                version = appointments.version + 1,
                updated_at = :now
            FROM locks
            WHERE appointments.id = :id
              AND appointments.version = :expectedVersion
              AND locks.appointment_id = appointments.id
              AND locks.holder_id = :editor
              AND locks.fencing_token = :token
              AND locks.expires_at > :now
            RETURNING appointments.*
            """)
    Optional<Appointment> update(
            @Bind("id") UUID id,
            @BindMap("row") Map<String, Object> row,
            @Bind("editor") UUID editor,
            @Bind("token") long token,
            @Bind("expectedVersion") long expectedVersion,
            @Bind("now") Instant now);

    /** Rule 11 for deletion: ends the editor's live lock only if the stored version is the one they read. */
    @SqlQuery("""
            DELETE FROM locks
            WHERE appointment_id = :id
              AND holder_id = :editor
              AND fencing_token = :token
              AND expires_at > :now
              AND EXISTS (
                  SELECT 1
                  FROM appointments
                  WHERE id = :id
                    AND version = :expectedVersion)
            RETURNING *
            """)
    Optional<Lock> endLockForDeletion(
            @Bind("id") UUID id,
            @Bind("editor") UUID editor,
            @Bind("token") long token,
            @Bind("expectedVersion") long expectedVersion,
            @Bind("now") Instant now);

    @SqlQuery("""
            DELETE FROM appointments
            WHERE id = :id
            RETURNING *
            """)
    Appointment remove(@Bind("id") UUID id);
}
