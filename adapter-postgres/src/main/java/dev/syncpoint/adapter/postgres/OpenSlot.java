package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockSlot;
import dev.syncpoint.domain.lock.LockTtl;
import dev.syncpoint.domain.lock.Transition;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One transaction's hold on an appointment's lock: the slot row is locked, the clock read once, and an
 * expired lock found there already ended. It collects the history rows of the transition and writes them
 * before the transaction commits (rule 12).
 */
final class OpenSlot {

    private final LockSql sql;
    private final AppointmentId appointment;
    private final SlotEntry entry;
    private final Optional<Lock> expired;
    private final List<HistoryEntry> rows = new ArrayList<>();

    private OpenSlot(LockSql sql, AppointmentId appointment, SlotEntry entry, Optional<Lock> expired) {
        this.sql = sql;
        this.appointment = appointment;
        this.entry = entry;
        this.expired = expired;
        expired.ifPresent(lock -> rows.add(expiryRow(lock)));
    }

    /**
     * Locks the slot, reads the clock and ends an expired lock; empty when the appointment does not exist,
     * in which case nothing was changed.
     */
    static Optional<OpenSlot> enter(LockSql sql, AppointmentId appointment) {
        Optional<SlotEntry> entry = sql.enterSlot(appointment.value());
        if (entry.isEmpty()) {
            return Optional.empty();
        }

        SlotCheck check = sql.endExpired(appointment.value(), entry.get().now());
        if (!check.appointmentPresent()) {
            return Optional.empty();
        }
        return Optional.of(new OpenSlot(sql, appointment, entry.get(), check.expired()));
    }

    /** The row of a lock that expired and nobody ended: dated at its expiry, whenever it is written (rule 2). */
    static HistoryEntry expiryRow(Lock lock) {
        return HistoryEntry.ended(lock, HistoryAction.EXPIRED, lock.expiresAt(), Optional.empty(), Optional.empty());
    }

    LockSql sql() {
        return sql;
    }

    AppointmentId appointment() {
        return appointment;
    }

    Instant now() {
        return entry.now();
    }

    FencingToken nextToken() {
        return entry.lastIssued().next();
    }

    Optional<Lock> expired() {
        return expired;
    }

    /** One ttl from now; the store keeps microseconds, so a finer ttl is cut to them. */
    Instant expiresAfter(Duration ttl) {
        return now().plus(LockTtl.check(ttl).truncatedTo(ChronoUnit.MICROS));
    }

    void record(HistoryEntry row) {
        rows.add(row);
    }

    void flush() {
        if (!rows.isEmpty()) {
            sql.record(
                    rows.stream().map(HistoryRow::of).map(HistoryRow::columns).toList());
        }
    }

    /**
     * The answer for a change the database refused, named as the lock rules name it. The rules are asked
     * about the same live lock the refusal saw; if they would have made a change, the database and the
     * rules disagree, and the transaction is rolled back rather than answer wrongly.
     */
    <R> R refusal(BiFunction<LockSlot, Instant, Transition<R>> rule) {
        Optional<Lock> live = sql.liveLock(appointment.value(), now());
        LockSlot state = new LockSlot(appointment, live, entry.lastIssued());

        Transition<R> decision = rule.apply(state, now());
        if (!decision.next().equals(state) || !decision.history().isEmpty()) {
            throw new IllegalStateException("the database refused a change the lock rules allow on appointment "
                    + appointment + ": " + decision.result());
        }
        return decision.result();
    }
}
