package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.history.HistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements of {@link PostgresLockHistory}. */
interface HistorySql {

    /** A page of the rows {@code where} selects, newest first; see {@link HistoryFilter}. */
    @SqlQuery("""
            SELECT *
            FROM lock_history
            <where>
            ORDER BY at DESC, id DESC
            LIMIT :limit
            OFFSET :offset
            """)
    List<HistoryEntry> page(
            @Define("where") String where,
            @BindMap Map<String, Object> filters,
            @Bind("limit") int limit,
            @Bind("offset") int offset);

    @SqlQuery("""
            SELECT count(*)
            FROM lock_history
            <where>
            """)
    long count(@Define("where") String where, @BindMap Map<String, Object> filters);

    /**
     * Every figure of {@code LockStatistics} in one pass. {@code percentile_disc} answers the smallest
     * value whose rank reaches the fraction, which is the nearest-rank method; it skips the grants, whose
     * {@code held_for_micros} is null.
     */
    @SqlQuery("""
            WITH scope AS (
                SELECT action, holder_id, held_for_micros
                FROM lock_history
                WHERE CAST(:appointment AS uuid) IS NULL
                   OR appointment_id = :appointment
            )
            SELECT
                count(*) FILTER (WHERE action = 'acquired') AS acquired,
                count(*) FILTER (WHERE action = 'released') AS released,
                count(*) FILTER (WHERE action = 'expired') AS expired,
                count(*) FILTER (WHERE action = 'force_released') AS force_released,
                count(*) FILTER (WHERE action = 'transferred') AS transferred,
                count(DISTINCT holder_id) AS distinct_users,
                count(held_for_micros) AS ended,
                coalesce(sum(held_for_micros), 0) AS held_micros_total,
                percentile_disc(0.95) WITHIN GROUP (ORDER BY held_for_micros) AS p95_micros,
                (
                    SELECT coalesce(sum(refused_acquires), 0)
                    FROM lock_slots
                    WHERE CAST(:appointment AS uuid) IS NULL
                       OR appointment_id = :appointment
                ) AS conflicts
            FROM scope
            """)
    HistoryFigures figures(@Bind("appointment") Optional<UUID> appointment);

    /**
     * Deletes rows before the cutoff but keeps the grant of every lock still in {@code locks}. A lock and
     * its grant row commit together, so this statement's snapshot sees both or neither: a grant made while
     * it runs is never taken.
     */
    @SqlUpdate("""
            DELETE FROM lock_history AS old
            WHERE old.at < :cutoff
              AND NOT (
                  old.action = 'acquired'
                  AND EXISTS (
                      SELECT 1
                      FROM locks
                      WHERE locks.appointment_id = old.appointment_id
                        AND locks.fencing_token = old.fencing_token))
            """)
    int deleteBefore(@Bind("cutoff") Instant cutoff);
}
