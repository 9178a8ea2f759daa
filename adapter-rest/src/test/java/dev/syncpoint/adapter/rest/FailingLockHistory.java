package dev.syncpoint.adapter.rest;

import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.LockHistory;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.history.LockStatistics;
import java.time.Instant;
import java.util.Optional;

/** A history store whose disk has failed: every call throws, as a broken database would. */
final class FailingLockHistory implements LockHistory {

    static final String SECRET_DETAIL = "disk /dev/sdb1 failed at block 7731";

    @Override
    public Page<HistoryEntry> find(HistoryQuery query) {
        throw new IllegalStateException(SECRET_DETAIL);
    }

    @Override
    public LockStatistics statistics(Optional<AppointmentId> appointment) {
        throw new IllegalStateException(SECRET_DETAIL);
    }

    @Override
    public long deleteOlderThan(Instant cutoff) {
        throw new IllegalStateException(SECRET_DETAIL);
    }
}
