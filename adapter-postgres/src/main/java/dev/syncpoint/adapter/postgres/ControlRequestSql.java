package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.lock.ControlRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements of {@link PostgresControlRequests}. */
interface ControlRequestSql {

    /**
     * Serializes the openings of one requester on one appointment until the transaction ends. The key is a
     * 64-bit hash of the pair; two pairs sharing a hash only wait for each other, which is harmless.
     */
    @SqlQuery("""
            SELECT 1
            FROM pg_advisory_xact_lock(
                hashtextextended(CAST(:appointment AS text) || '/' || CAST(:requester AS text), 0))
            """)
    int lockRequesterSlot(@Bind("appointment") UUID appointment, @Bind("requester") UUID requester);

    @SqlQuery("""
            SELECT *
            FROM control_requests
            WHERE appointment_id = :appointment
              AND requester_id = :requester
              AND state = 'open'
              AND lapses_at > :now
            ORDER BY requested_at, position
            LIMIT 1
            """)
    Optional<ControlRequest> openOf(
            @Bind("appointment") UUID appointment, @Bind("requester") UUID requester, @Bind("now") Instant now);

    @SqlUpdate("""
            INSERT INTO control_requests (
                id, appointment_id,
                requester_id, requester_name, requester_email,
                holder_id, holder_name, holder_email,
                requested_at, lapses_at, state)
            VALUES (
                :id, :appointment,
                :requesterId, :requesterName, :requesterEmail,
                :holderId, :holderName, :holderEmail,
                :requestedAt, :lapsesAt, :state)
            """)
    void insert(
            @Bind("id") UUID id,
            @Bind("appointment") UUID appointment,
            @Bind("requesterId") UUID requesterId,
            @Bind("requesterName") String requesterName,
            @Bind("requesterEmail") String requesterEmail,
            @Bind("holderId") UUID holderId,
            @Bind("holderName") String holderName,
            @Bind("holderEmail") String holderEmail,
            @Bind("requestedAt") Instant requestedAt,
            @Bind("lapsesAt") Instant lapsesAt,
            @Bind("state") String state);

    @SqlQuery("""
            SELECT *
            FROM control_requests
            WHERE id = :id
            """)
    Optional<ControlRequest> find(@Bind("id") UUID id);

    @SqlQuery("""
            SELECT *
            FROM control_requests
            WHERE appointment_id = :appointment
              AND state = 'open'
              AND lapses_at > :now
            ORDER BY requested_at, position
            """)
    List<ControlRequest> openFor(@Bind("appointment") UUID appointment, @Bind("now") Instant now);

    /** Records the answer only while the request is open at {@code now}: the row count is the decision. */
    @SqlQuery("""
            UPDATE control_requests
            SET state = :answer
            WHERE id = :id
              AND state = 'open'
              AND lapses_at > :now
            RETURNING *
            """)
    Optional<ControlRequest> answer(@Bind("id") UUID id, @Bind("answer") String answer, @Bind("now") Instant now);
}
