package dev.syncpoint.application.memory;

import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.LockHistory;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.history.LockStatistics;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.Lock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** {@link LockHistory} over the rows the in-memory lock and appointment stores wrote. */
public final class InMemoryLockHistory implements LockHistory {

    private static final Comparator<InMemoryState.StoredEntry> NEWEST_FIRST = Comparator.comparing(
                    (InMemoryState.StoredEntry stored) -> stored.entry().at())
            .thenComparingLong(InMemoryState.StoredEntry::sequence)
            .reversed();

    private final InMemoryState state;

    InMemoryLockHistory(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Page<HistoryEntry> find(HistoryQuery query) {
        List<HistoryEntry> matching = state.historySnapshot().stream()
                .filter(stored -> matches(query, stored.entry()))
                .sorted(NEWEST_FIRST)
                .map(InMemoryState.StoredEntry::entry)
                .toList();
        List<HistoryEntry> slice = matching.stream()
                .skip(query.page().offset())
                .limit(query.page().limit())
                .toList();
        return new Page<>(slice, matching.size(), query.page());
    }

    @Override
    public LockStatistics statistics(Optional<AppointmentId> appointment) {
        Predicate<HistoryEntry> inScope =
                row -> appointment.map(row.appointmentId()::equals).orElse(true);
        List<HistoryEntry> rows = state.historySnapshot().stream()
                .map(InMemoryState.StoredEntry::entry)
                .filter(inScope)
                .toList();
        return LockStatistics.of(rows, conflicts(appointment));
    }

    @Override
    public long deleteOlderThan(Instant cutoff) {
        // Grants written after this point are dated now or later, so capping the cutoff at now keeps a grant
        // that races with the snapshot below from being deleted before its lock has ended.
        Instant now = state.now();
        Instant effectiveCutoff = cutoff.isAfter(now) ? now : cutoff;
        Set<OpenGrant> open = openGrants();
        return state.removeHistory(stored -> {
            HistoryEntry row = stored.entry();
            boolean keptGrant = row.action() == HistoryAction.ACQUIRED
                    && open.contains(new OpenGrant(row.appointmentId(), row.fencingToken()));
            return row.at().isBefore(effectiveCutoff) && !keptGrant;
        });
    }

    private long conflicts(Optional<AppointmentId> appointment) {
        long total = 0;
        for (InMemoryState.Cell cell : state.cells()) {
            synchronized (cell) {
                if (appointment.map(cell.id::equals).orElse(true)) {
                    total += cell.conflicts;
                }
            }
        }
        return total;
    }

    /** Locks still in their cells, live or expired but not yet swept: their grants have no ending yet. */
    private Set<OpenGrant> openGrants() {
        Set<OpenGrant> open = new HashSet<>();
        for (InMemoryState.Cell cell : state.cells()) {
            synchronized (cell) {
                Optional<Lock> lock = cell.slot.lock();
                lock.ifPresent(l -> open.add(new OpenGrant(l.appointmentId(), l.fencingToken())));
            }
        }
        return open;
    }

    private static boolean matches(HistoryQuery query, HistoryEntry row) {
        return query.appointment().map(row.appointmentId()::equals).orElse(true)
                && query.user()
                        .map(user -> row.holder().id().equals(user)
                                || row.actor()
                                        .map(actor -> actor.id().equals(user))
                                        .orElse(false))
                        .orElse(true)
                && query.action().map(row.action()::equals).orElse(true)
                && query.from().map(from -> !row.at().isBefore(from)).orElse(true)
                && query.to().map(to -> row.at().isBefore(to)).orElse(true);
    }

    private record OpenGrant(AppointmentId appointment, FencingToken token) {}
}
