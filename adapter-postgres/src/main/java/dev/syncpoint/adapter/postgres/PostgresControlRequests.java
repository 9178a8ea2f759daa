package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.port.out.ControlRequests;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ControlRequestId;
import dev.syncpoint.domain.lock.ControlRequestState;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link ControlRequests} on PostgreSQL. "Open" depends on time as well as on the stored state, since a
 * request lapses at {@code lapses_at} without anyone writing it, so a unique index cannot keep a requester
 * to one open request. Opening one is instead a transaction that:
 *
 * <ol>
 *   <li>takes a transaction-scoped advisory lock on the (appointment, requester) pair, so openings by one
 *       requester on one appointment run one after the other;
 *   <li>reads the requester's request that is open at {@code now}, and answers it if there is one;
 *   <li>otherwise inserts the new request, which commits before the lock is released.
 * </ol>
 *
 * <p>An answer is one conditional {@code UPDATE}: only a request still open at {@code now} takes it.
 */
public final class PostgresControlRequests implements ControlRequests {

    private final Transactions transactions;
    private final ControlRequestSql sql;

    PostgresControlRequests(Transactions transactions, ControlRequestSql sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    @Override
    public ControlRequest openUnlessPending(ControlRequest request, Instant now) {
        return transactions.write("opening a request for control of " + request.appointmentId(), () -> {
            sql.lockRequesterSlot(
                    request.appointmentId().value(), request.requester().id().value());

            Optional<ControlRequest> pending = sql.openOf(
                    request.appointmentId().value(), request.requester().id().value(), now);
            if (pending.isPresent()) {
                return pending.get();
            }

            insert(sql, request);
            return request;
        });
    }

    @Override
    public Optional<ControlRequest> find(ControlRequestId id) {
        return transactions.single("reading request for control " + id, () -> sql.find(id.value()));
    }

    @Override
    public List<ControlRequest> openFor(AppointmentId appointment, Instant now) {
        return transactions.single(
                "listing open requests for control of " + appointment, () -> sql.openFor(appointment.value(), now));
    }

    @Override
    public Optional<ControlRequest> answer(ControlRequestId id, ControlRequestState answer, Instant now) {
        if (answer != ControlRequestState.GRANTED && answer != ControlRequestState.DENIED) {
            throw new IllegalArgumentException("a request is answered with granted or denied, not " + answer);
        }
        return transactions.write(
                "answering request for control " + id,
                () -> sql.answer(id.value(), answer.name().toLowerCase(Locale.ROOT), now));
    }

    private static void insert(ControlRequestSql sql, ControlRequest request) {
        sql.insert(
                request.id().value(),
                request.appointmentId().value(),
                request.requester().id().value(),
                StorableText.check("requester name", request.requester().name()),
                StorableText.check("requester email", request.requester().email()),
                request.holder().id().value(),
                StorableText.check("holder name", request.holder().name()),
                StorableText.check("holder email", request.holder().email()),
                request.requestedAt(),
                request.lapsesAt(),
                request.state().name().toLowerCase(Locale.ROOT));
    }
}
