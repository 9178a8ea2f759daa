package dev.syncpoint.application.port.in;

import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.domain.history.HistoryEntry;

/** The audit history, paged and filtered; it outlives deleted appointments. */
public interface LockHistoryQuery {

    Page<HistoryEntry> history(HistoryQuery query);
}
