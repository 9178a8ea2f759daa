package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.LockHistory;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.history.LockStatistics;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LockHistory} over {@code lock_history}, whose rows {@link PostgresLockStore} and
 * {@link PostgresAppointmentStore} write with the changes they record. Reads give rows newest first by
 * {@code at}, then by the identity column, which is the order they were written in.
 */
public final class PostgresLockHistory implements LockHistory {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresLockHistory.class);

    private final Transactions transactions;
    private final HistorySql sql;

    PostgresLockHistory(Transactions transactions, HistorySql sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    @Override
    public Page<HistoryEntry> find(HistoryQuery query) {
        HistoryFilter filter = HistoryFilter.of(query);
        return transactions.read("reading the lock history", () -> {
            List<HistoryEntry> rows = sql.page(
                    filter.whereClause(),
                    filter.values(),
                    query.page().limit(),
                    query.page().offset());
            long total = sql.count(filter.whereClause(), filter.values());
            return new Page<>(rows, total, query.page());
        });
    }

    @Override
    public LockStatistics statistics(Optional<AppointmentId> appointment) {
        HistoryFigures figures = transactions.single(
                "computing lock statistics", () -> sql.figures(appointment.map(AppointmentId::value)));
        return figures.statistics();
    }

    @Override
    public long deleteOlderThan(Instant cutoff) {
        long deleted = transactions.write("pruning the lock history", () -> (long) sql.deleteBefore(cutoff));
        LOG.info("deleted {} lock history rows dated before {}", deleted, cutoff);
        return deleted;
    }
}
