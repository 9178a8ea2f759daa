package dev.syncpoint.application.contract;

import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.LockHistory;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.history.HistoryEntry;
import java.util.ArrayList;
import java.util.List;

/** Reads every row a query matches, page after page, newest first as the history answers them. */
public final class HistoryReader {

    private HistoryReader() {}

    public static List<HistoryEntry> readAll(LockHistory history, HistoryQuery query) {
        List<HistoryEntry> rows = new ArrayList<>();
        Page<HistoryEntry> page;
        do {
            page = history.find(atOffset(query, rows.size()));
            rows.addAll(page.items());
        } while (!page.items().isEmpty() && page.hasMore());
        return rows;
    }

    private static HistoryQuery atOffset(HistoryQuery query, int offset) {
        PageRequest page = new PageRequest(offset, PageRequest.MAX_LIMIT);
        return new HistoryQuery(query.appointment(), query.user(), query.action(), query.from(), query.to(), page);
    }
}
