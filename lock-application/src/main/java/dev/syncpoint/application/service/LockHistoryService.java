package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.AdminOnly;
import dev.syncpoint.application.port.in.CleanupHistoryUseCase;
import dev.syncpoint.application.port.in.LockHistoryQuery;
import dev.syncpoint.application.port.in.LockStatisticsQuery;
import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.LockHistory;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.history.LockStatistics;
import dev.syncpoint.domain.user.User;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;

/** Reads and prunes the audit history. */
public final class LockHistoryService implements LockHistoryQuery, LockStatisticsQuery, CleanupHistoryUseCase {

    private static final System.Logger LOG = System.getLogger(LockHistoryService.class.getName());

    private final LockHistory history;

    public LockHistoryService(LockHistory history) {
        this.history = history;
    }

    @Override
    public Page<HistoryEntry> history(HistoryQuery query) {
        return history.find(query);
    }

    @Override
    public LockStatistics statistics(Optional<AppointmentId> appointment) {
        return history.statistics(appointment);
    }

    @Override
    public AdminOnly<Long> deleteHistoryBefore(User actor, Instant cutoff) {
        if (!actor.isAdmin()) {
            return new AdminOnly.Refused<>();
        }

        long deleted = history.deleteOlderThan(cutoff);
        LOG.log(Level.INFO, "admin {0} deleted {1} history rows older than {2}", actor.id(), deleted, cutoff);
        return new AdminOnly.Allowed<>(deleted);
    }
}
