package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.AppointmentChanged;
import dev.syncpoint.domain.lock.AppointmentNotFound;
import dev.syncpoint.domain.lock.AppointmentRemoved;
import dev.syncpoint.domain.lock.AppointmentWriteGuard;
import dev.syncpoint.domain.lock.DeleteAppointmentResult;
import dev.syncpoint.domain.lock.EditPermit;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.UpdateAppointmentResult;
import dev.syncpoint.domain.lock.WriteRefusal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AppointmentStore} on PostgreSQL. A change or a deletion is one read-committed transaction:
 *
 * <ol>
 *   <li>lock the appointment's {@code lock_slots} row and read the clock, as a lock transition does, so no
 *       lock change on the appointment can run between the check and the write;
 *   <li>write with one conditional statement whose {@code WHERE} is rule 11: the editor holds the live
 *       lock, with this fencing token, and the stored version is the one they read; a deletion ends that
 *       lock first, on the same conditions, and then removes the appointment;
 *   <li>if nothing was written, read the appointment and its lock and name the refusal as
 *       {@code AppointmentWriteGuard} names it;
 *   <li>a deletion writes the lock's {@code released} row before the transaction commits (rule 12).
 * </ol>
 *
 * <p>Deleting an appointment keeps its lock slot, so its fencing tokens never restart, and its history.
 */
public final class PostgresAppointmentStore implements AppointmentStore {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresAppointmentStore.class);

    private final Transactions transactions;
    private final AppointmentSql appointments;
    private final LockSql locks;

    PostgresAppointmentStore(Transactions transactions, AppointmentSql appointments, LockSql locks) {
        this.transactions = transactions;
        this.appointments = appointments;
        this.locks = locks;
    }

    @Override
    public Appointment create(AppointmentId id, AppointmentDetails details) {
        AppointmentRow row = AppointmentRow.of(details);
        try {
            Appointment created = transactions.write(
                    "creating appointment " + id, () -> appointments.create(id.value(), row.columns()));
            LOG.debug("appointment {} created", id);
            return created;
        } catch (UnableToExecuteStatementException e) {
            if (isUniqueViolation(e)) {
                throw new IllegalStateException("appointment " + id + " already exists", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Appointment> find(AppointmentId id) {
        return transactions.single("reading appointment " + id, () -> appointments.find(id.value()));
    }

    @Override
    public Page<Appointment> list(PageRequest page) {
        return transactions.read("listing appointments", () -> {
            AppointmentSql sql = appointments;
            List<Appointment> items = sql.list(page.offset(), page.limit());
            return new Page<>(items, sql.count(), page);
        });
    }

    @Override
    public Page<Appointment> overlapping(Instant from, Instant to, PageRequest page) {
        RangeBounds range = RangeBounds.of(from, to);
        return transactions.read("listing appointments in a range", () -> {
            AppointmentSql sql = appointments;
            List<Appointment> items = sql.overlapping(range.values(), page.offset(), page.limit());
            return new Page<>(items, sql.countOverlapping(range.values()), page);
        });
    }

    @Override
    public UpdateAppointmentResult update(AppointmentId id, AppointmentDetails details, EditPermit permit) {
        AppointmentRow row = AppointmentRow.of(details);
        return guarded(
                "changing",
                id,
                (appointments, locks, now) -> {
                    Optional<Appointment> changed = appointments.update(
                            id.value(),
                            row.columns(),
                            permit.editor().value(),
                            permit.fencingToken().value(),
                            permit.expectedVersion(),
                            now);

                    if (changed.isEmpty()) {
                        return refusal(appointments, locks, id, permit, now)
                                .<UpdateAppointmentResult>map(refused -> refused)
                                .orElse(new AppointmentNotFound(id, now));
                    }
                    LOG.debug(
                            "appointment {} changed by {} to version {}",
                            id,
                            permit.editor(),
                            changed.get().version());
                    return new AppointmentChanged(changed.get());
                },
                now -> new AppointmentNotFound(id, now));
    }

    @Override
    public DeleteAppointmentResult delete(AppointmentId id, EditPermit permit) {
        return guarded(
                "deleting",
                id,
                (appointments, locks, now) -> {
                    Optional<Lock> released = appointments.endLockForDeletion(
                            id.value(),
                            permit.editor().value(),
                            permit.fencingToken().value(),
                            permit.expectedVersion(),
                            now);
                    if (released.isEmpty()) {
                        return refusal(appointments, locks, id, permit, now)
                                .<DeleteAppointmentResult>map(refused -> refused)
                                .orElse(new AppointmentNotFound(id, now));
                    }

                    Appointment removed = appointments.remove(id.value());
                    Lock lock = released.get();
                    HistoryEntry row =
                            HistoryEntry.ended(lock, HistoryAction.RELEASED, now, Optional.empty(), Optional.empty());
                    locks.record(List.of(HistoryRow.of(row).columns()));
                    LOG.debug("appointment {} deleted by {}", id, permit.editor());
                    return new AppointmentRemoved(removed, lock);
                },
                now -> new AppointmentNotFound(id, now));
    }

    /**
     * Runs a guarded write in a transaction that holds the appointment's slot, answering
     * {@code AppointmentNotFound} for an appointment that never existed.
     */
    private <R> R guarded(
            String what, AppointmentId id, GuardedWrite<? extends R> write, Function<Instant, ? extends R> missing) {
        return transactions.write(what + " appointment " + id, () -> {
            Optional<SlotEntry> slot = locks.enterSlot(id.value());
            if (slot.isEmpty()) {
                return missing.apply(locks.now());
            }
            return write.run(appointments, locks, slot.get().now());
        });
    }

    /**
     * Why rule 11 refused the write, as {@code AppointmentWriteGuard} says for the appointment and lock as
     * they stand; empty when the appointment is gone.
     */
    private static Optional<WriteRefusal> refusal(
            AppointmentSql appointments, LockSql locks, AppointmentId id, EditPermit permit, Instant now) {
        Optional<Appointment> stored = appointments.find(id.value());
        if (stored.isEmpty()) {
            return Optional.empty();
        }

        Optional<Lock> lock = locks.liveLock(id.value(), now);
        WriteRefusal refusal = AppointmentWriteGuard.check(stored.get(), lock, permit, now)
                .orElseThrow(() -> new IllegalStateException(
                        "the database refused a write that rule 11 allows on appointment " + id));
        return Optional.of(refusal);
    }

    private static boolean isUniqueViolation(UnableToExecuteStatementException e) {
        return e.getCause() instanceof SQLException sql
                && PSQLState.UNIQUE_VIOLATION.getState().equals(sql.getSQLState());
    }

    /** A write rule 11 guards, run while the appointment's slot is held. */
    @FunctionalInterface
    private interface GuardedWrite<R> {

        R run(AppointmentSql appointments, LockSql locks, Instant now);
    }
}
