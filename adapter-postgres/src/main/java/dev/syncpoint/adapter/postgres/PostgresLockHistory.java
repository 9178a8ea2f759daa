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
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LockHistory} over {@code lock_history}, whose rows {@link PostgresLockStore} and
 * {@link PostgresAppointmentStore} write with the changes they record. Reads give rows newest first by
 * {@code at}, then by the identity column, which is the order they were written in.
 */
public final class PostgresLockHistory implements LockHistory {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresLockHistory.class);

    private static final String PAGE = """
            SELECT *
            FROM lock_history
            <where>
            ORDER BY at DESC, id DESC
            LIMIT :limit
            OFFSET :offset
            """;

    private static final String TOTAL = """
            SELECT count(*)
            FROM lock_history
            <where>
            """;

    private final Transactions transactions;

    PostgresLockHistory(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Page<HistoryEntry> find(HistoryQuery query) {
        HistoryFilter filter = HistoryFilter.of(query);
        return transactions.read("reading the lock history", handle -> {
            List<HistoryEntry> rows = page(handle, filter, query);
            long total = total(handle, filter);
            return new Page<>(rows, total, query.page());
        });
    }

    @Override
    public LockStatistics statistics(Optional<AppointmentId> appointment) {
        HistoryFigures figures = transactions.single(
                "computing lock statistics",
                handle -> handle.attach(HistorySql.class).figures(appointment.map(AppointmentId::value)));
        return figures.statistics();
    }

    @Override
    public long deleteOlderThan(Instant cutoff) {
        long deleted = transactions.write("pruning the lock history", handle ->
                (long) handle.attach(HistorySql.class).deleteBefore(cutoff));
        LOG.info("deleted {} lock history rows dated before {}", deleted, cutoff);
        return deleted;
    }

    private static List<HistoryEntry> page(Handle handle, HistoryFilter filter, HistoryQuery query) {
        return handle.createQuery(PAGE)
                .define("where", filter.whereClause())
                .bindMap(filter.values())
                .bind("limit", query.page().limit())
                .bind("offset", query.page().offset())
                .map(new HistoryEntryMapper())
                .list();
    }

    private static long total(Handle handle, HistoryFilter filter) {
        return handle.createQuery(TOTAL)
                .define("where", filter.whereClause())
                .bindMap(filter.values())
                .mapTo(Long.class)
                .one();
    }
}
