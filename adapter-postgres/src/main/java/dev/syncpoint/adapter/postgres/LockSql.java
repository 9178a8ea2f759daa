package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.lock.Lock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements of {@link PostgresLockStore}. Each conditional statement is a decision: its {@code WHERE}
 * states the rule, and the rows it returns say whether the change happened.
 */
interface LockSql {

    /**
     * Locks the appointment's slot row, waiting for any transaction deciding on the same appointment, and
     * only then reads the clock, so one appointment's decisions are made in time order.
     */
    @SqlQuery("""
            WITH slot AS (
                SELECT last_fencing_token
                FROM lock_slots
                WHERE appointment_id = :appointment
                FOR UPDATE
            )
            SELECT slot.last_fencing_token, clock_timestamp() AS now
            FROM slot
            """)
    Optional<SlotEntry> enterSlot(@Bind("appointment") UUID appointment);

    /** Ends the lock if it expired by {@code now}, and says whether the appointment still exists. */
    @SqlQuery("""
            WITH ended AS (
                DELETE FROM locks
                WHERE appointment_id = :appointment
                  AND expires_at <= :now
                RETURNING *
            )
            SELECT EXISTS (SELECT 1 FROM appointments WHERE id = :appointment) AS present, ended.*
            FROM (VALUES (1)) AS one_row
            LEFT JOIN ended ON true
            """)
    SlotCheck endExpired(@Bind("appointment") UUID appointment, @Bind("now") Instant now);

    /**
     * Rules 2, 3 and 5 in one statement: inserts a new lock when there is none, or renews the caller's
     * own live lock when the version they name, if any, is the live one; otherwise returns nothing. A grant
     * moves the slot's counter to its token in the same statement. As in {@code Lock.renewedAt}, a renewal
     * keeps the expiry when the clock has stepped back so far that the new one would precede the grant.
     */
    @SqlQuery("""
            WITH decided AS (
                INSERT INTO locks AS held (
                    appointment_id, holder_id, holder_name, holder_email,
                    version, fencing_token, acquired_at, expires_at)
                VALUES (
                    :appointment, :holderId, :holderName, :holderEmail,
                    1, :token, :now, :expiresAt)
                ON CONFLICT (appointment_id) DO UPDATE
                SET version = held.version + 1,
                    expires_at = CASE
                        WHEN excluded.expires_at < held.acquired_at THEN held.expires_at
                        ELSE excluded.expires_at
                    END
                WHERE held.holder_id = excluded.holder_id
                  AND held.expires_at > :now
                  AND (CAST(:expectedVersion AS bigint) IS NULL OR held.version = :expectedVersion)
                RETURNING held.*
            ),
            issued AS (
                UPDATE lock_slots
                SET last_fencing_token = decided.fencing_token
                FROM decided
                WHERE lock_slots.appointment_id = decided.appointment_id
                  AND lock_slots.last_fencing_token < decided.fencing_token
            )
            SELECT *
            FROM decided
            """)
    Optional<Lock> grantOrRenew(
            @Bind("appointment") UUID appointment,
            @Bind("holderId") UUID holderId,
            @Bind("holderName") String holderName,
            @Bind("holderEmail") String holderEmail,
            @Bind("token") long token,
            @Bind("now") Instant now,
            @Bind("expiresAt") Instant expiresAt,
            @Bind("expectedVersion") OptionalLong expectedVersion);

    /** Grants a new lock where none is, moving the slot's counter to its token. */
    @SqlQuery("""
            WITH granted AS (
                INSERT INTO locks (
                    appointment_id, holder_id, holder_name, holder_email,
                    version, fencing_token, acquired_at, expires_at)
                VALUES (
                    :appointment, :holderId, :holderName, :holderEmail,
                    1, :token, :now, :expiresAt)
                RETURNING *
            ),
            issued AS (
                UPDATE lock_slots
                SET last_fencing_token = granted.fencing_token
                FROM granted
                WHERE lock_slots.appointment_id = granted.appointment_id
            )
            SELECT *
            FROM granted
            """)
    Lock grant(
            @Bind("appointment") UUID appointment,
            @Bind("holderId") UUID holderId,
            @Bind("holderName") String holderName,
            @Bind("holderEmail") String holderEmail,
            @Bind("token") long token,
            @Bind("now") Instant now,
            @Bind("expiresAt") Instant expiresAt);

    /**
     * Rule 3: renews the holder's live lock if the token and version they name, if any, are its own; the
     * expiry rule for a clock that stepped back is the one of {@link #grantOrRenew}.
     */
    @SqlQuery("""
            UPDATE locks
            SET version = version + 1,
                expires_at = CASE
                    WHEN :expiresAt < acquired_at THEN expires_at
                    ELSE :expiresAt
                END
            WHERE appointment_id = :appointment
              AND holder_id = :holder
              AND expires_at > :now
              AND (CAST(:token AS bigint) IS NULL OR fencing_token = :token)
              AND (CAST(:expectedVersion AS bigint) IS NULL OR version = :expectedVersion)
            RETURNING *
            """)
    Optional<Lock> renew(
            @Bind("appointment") UUID appointment,
            @Bind("holder") UUID holder,
            @Bind("now") Instant now,
            @Bind("expiresAt") Instant expiresAt,
            @Bind("token") OptionalLong token,
            @Bind("expectedVersion") OptionalLong expectedVersion);

    /**
     * Ends the live lock if it matches every condition given: held by {@code holder}, not held by
     * {@code notHolder}, with this token and this version. Absent conditions match any lock.
     */
    @SqlQuery("""
            DELETE FROM locks
            WHERE appointment_id = :appointment
              AND expires_at > :now
              AND (CAST(:holder AS uuid) IS NULL OR holder_id = :holder)
              AND (CAST(:notHolder AS uuid) IS NULL OR holder_id <> :notHolder)
              AND (CAST(:token AS bigint) IS NULL OR fencing_token = :token)
              AND (CAST(:expectedVersion AS bigint) IS NULL OR version = :expectedVersion)
            RETURNING *
            """)
    Optional<Lock> endLive(
            @Bind("appointment") UUID appointment,
            @Bind("now") Instant now,
            @Bind("holder") Optional<UUID> holder,
            @Bind("notHolder") Optional<UUID> notHolder,
            @Bind("token") OptionalLong token,
            @Bind("expectedVersion") OptionalLong expectedVersion);

    /** The live lock as {@code now} sees it. */
    @SqlQuery("""
            SELECT *
            FROM locks
            WHERE appointment_id = :appointment
              AND expires_at > :now
            """)
    Optional<Lock> liveLock(@Bind("appointment") UUID appointment, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE lock_slots
            SET refused_acquires = refused_acquires + 1
            WHERE appointment_id = :appointment
            """)
    void countConflict(@Bind("appointment") UUID appointment);

    @SqlBatch("""
            INSERT INTO lock_history (
                appointment_id, action, holder_id, holder_name, holder_email,
                actor_id, actor_name, actor_email,
                fencing_token, at, held_for_micros, grant_kind, reason)
            VALUES (
                :appointmentId, :action, :holderId, :holderName, :holderEmail,
                :actorId, :actorName, :actorEmail,
                :fencingToken, :at, :heldForMicros, :grantKind, :reason)
            """)
    void record(@BindMap List<Map<String, Object>> rows);

    /** The store's clock. */
    @SqlQuery("SELECT clock_timestamp()")
    Instant now();

    /** The appointment's live lock, read without changing anything, with the instant it was read at. */
    @SqlQuery("""
            WITH clock AS (
                SELECT clock_timestamp() AS now
            )
            SELECT clock.now, locks.*
            FROM clock
            LEFT JOIN locks
                ON locks.appointment_id = :appointment
               AND locks.expires_at > clock.now
            """)
    LockReading status(@Bind("appointment") UUID appointment);

    @SqlQuery("""
            WITH clock AS (
                SELECT clock_timestamp() AS now
            )
            SELECT locks.*
            FROM locks, clock
            WHERE locks.expires_at > clock.now
            ORDER BY locks.acquired_at, locks.appointment_id
            """)
    List<Lock> liveLocks();

    /**
     * Rule 7: ends every expired lock whose slot no other transaction holds. Skipping a busy slot is safe:
     * its holder ends the expired lock itself, or the next sweep does. Two sweepers never lock one slot.
     */
    @SqlQuery("""
            WITH clock AS (
                SELECT clock_timestamp() AS now
            ),
            due AS (
                SELECT slot.appointment_id
                FROM lock_slots AS slot
                JOIN locks ON locks.appointment_id = slot.appointment_id
                WHERE locks.expires_at <= (SELECT now FROM clock)
                ORDER BY slot.appointment_id
                FOR UPDATE OF slot SKIP LOCKED
            )
            DELETE FROM locks
            USING due
            WHERE locks.appointment_id = due.appointment_id
              AND locks.expires_at <= (SELECT now FROM clock)
            RETURNING locks.*
            """)
    List<Lock> endAllExpired();
}
