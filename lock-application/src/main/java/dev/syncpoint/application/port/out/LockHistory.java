package dev.syncpoint.application.port.out;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.history.LockStatistics;
import java.time.Instant;
import java.util.Optional;

/**
 * The audit history of lock changes, read side. Rows are written only by the {@link LockStore}, together
 * with the changes they record; this port reads them, computes statistics and prunes old rows.
 */
public interface LockHistory {

    /** Rows matching the query, newest first (by {@code at}, then by the order they were written). */
    Page<HistoryEntry> find(HistoryQuery query);

    /**
     * Figures over the appointment's rows, or over all rows when {@code appointment} is empty. Conflicts
     * are the acquires the store refused as held by another, for that appointment or overall.
     */
    LockStatistics statistics(Optional<AppointmentId> appointment);

    /**
     * Deletes rows dated before {@code cutoff} and answers how many went. The {@code acquired} row of a
     * lock that has not ended yet is kept, so no current lock loses its grant.
     */
    long deleteOlderThan(Instant cutoff);
}
