package dev.syncpoint.application.memory;

import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.LockSlot;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The data the in-memory lock, appointment and history adapters share, so that a lock change and its
 * history rows, or an appointment write and its lock check, happen as one step.
 *
 * <p>Each appointment has a {@link Cell}; its monitor is the unit of work for that appointment. The clock
 * is read inside the monitor, so one appointment's decisions are made in time order. The history has a
 * lock of its own, only ever taken while holding at most one cell, never the other way round.
 */
final class InMemoryState {

    private final InstantSource clock;
    private final Map<AppointmentId, Cell> cells = new ConcurrentHashMap<>();
    private final List<StoredEntry> history = new ArrayList<>();
    private long nextSequence = 1;

    InMemoryState(InstantSource clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Instant now() {
        return clock.instant();
    }

    /** Creates the appointment's cell; it is a programming error to reuse a live appointment's id. */
    Appointment create(AppointmentId id, Function<Instant, Appointment> make) {
        Cell cell = cells.computeIfAbsent(id, Cell::new);
        synchronized (cell) {
            if (cell.appointment != null) {
                throw new IllegalStateException("appointment " + id + " already exists");
            }
            cell.appointment = make.apply(now());
            return cell.appointment;
        }
    }

    /**
     * Runs {@code work} as the appointment's unit of work, or answers {@code missing} when the appointment
     * does not exist. {@code work} sees the current time and the cell, and may change the cell.
     */
    <R> R inCell(AppointmentId id, CellWork<R> work, Function<Instant, ? extends R> missing) {
        Cell cell = cells.get(id);
        if (cell == null) {
            return missing.apply(now());
        }
        synchronized (cell) {
            Instant now = now();
            if (cell.appointment == null) {
                return missing.apply(now);
            }
            return work.apply(cell, now);
        }
    }

    Collection<Cell> cells() {
        return cells.values();
    }

    void record(List<HistoryEntry> rows) {
        if (rows.isEmpty()) {
            return;
        }
        synchronized (history) {
            for (HistoryEntry row : rows) {
                history.add(new StoredEntry(nextSequence++, row));
            }
        }
    }

    List<StoredEntry> historySnapshot() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    long removeHistory(java.util.function.Predicate<StoredEntry> doomed) {
        synchronized (history) {
            int before = history.size();
            history.removeIf(doomed);
            return before - history.size();
        }
    }

    /** One appointment's state. Guarded by its own monitor. */
    static final class Cell {
        final AppointmentId id;
        Appointment appointment;
        LockSlot slot;
        long conflicts;

        private Cell(AppointmentId id) {
            this.id = id;
            this.slot = LockSlot.unlocked(id);
        }
    }

    /** A history row with the order it was written in, for newest-first reads. */
    record StoredEntry(long sequence, HistoryEntry entry) {}

    @FunctionalInterface
    interface CellWork<R> {
        R apply(Cell cell, Instant now);
    }
}
