package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.problem.Violations;
import dev.syncpoint.adapter.rest.view.HistoryEntryView;
import dev.syncpoint.adapter.rest.view.PageView;
import dev.syncpoint.adapter.rest.view.StatisticsView;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.LockStatistics;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The audit history and its statistics, per appointment, per user and overall. History outlives the
 * appointments it is about, so these routes answer for a deleted appointment too, and an id nobody
 * used simply has no rows.
 */
final class HistoryRoutes {

    static final int RECENT_DEFAULT = 10;
    static final int RECENT_MAX = 50;

    private static final String ACTIONS =
            Arrays.stream(HistoryAction.values()).map(HistoryAction::wireName).collect(Collectors.joining(", "));

    private final SyncPoint syncPoint;

    HistoryRoutes(SyncPoint syncPoint) {
        this.syncPoint = syncPoint;
    }

    void addTo(RoutesConfig routes) {
        routes.get(Paths.APPOINTMENT + "/lock-history", this::appointmentHistory);
        routes.get(Paths.APPOINTMENT + "/lock-statistics", this::appointmentStatistics);
        routes.get(Paths.APPOINTMENT + "/recent-activity", this::recentActivity);
        routes.get(Paths.API + "/users/{id}/lock-history", this::userHistory);
        routes.get(Paths.API + "/lock-history", this::overallHistory);
        routes.get(Paths.API + "/lock-statistics", this::overallStatistics);
    }

    private void appointmentHistory(Context ctx) {
        HistoryQuery query = filtered(ctx, RequestParams.page(ctx)).withAppointment(RequestParams.appointmentId(ctx));

        ctx.json(PageView.of(syncPoint.lockHistory().history(query), HistoryEntryView::of));
    }

    private void appointmentStatistics(Context ctx) {
        LockStatistics statistics =
                syncPoint.lockStatistics().statistics(Optional.of(RequestParams.appointmentId(ctx)));

        ctx.json(StatisticsView.of(statistics));
    }

    /** The newest rows only, for a feed beside the editor; the full log is lock-history. */
    private void recentActivity(Context ctx) {
        PageRequest newest = RequestParams.page(ctx, RECENT_DEFAULT, RECENT_MAX);
        if (newest.offset() != 0) {
            throw Violations.exception("offset", "recent-activity shows the newest rows only; page with lock-history");
        }
        HistoryQuery query = HistoryQuery.forAppointment(RequestParams.appointmentId(ctx), newest);

        ctx.json(PageView.of(syncPoint.lockHistory().history(query), HistoryEntryView::of));
    }

    private void userHistory(Context ctx) {
        HistoryQuery query = filtered(ctx, RequestParams.page(ctx)).withUser(RequestParams.userId(ctx));

        ctx.json(PageView.of(syncPoint.lockHistory().history(query), HistoryEntryView::of));
    }

    /** Every appointment's rows, deleted ones included, for the UI's overall history page. */
    private void overallHistory(Context ctx) {
        HistoryQuery query = filtered(ctx, RequestParams.page(ctx));

        ctx.json(PageView.of(syncPoint.lockHistory().history(query), HistoryEntryView::of));
    }

    private void overallStatistics(Context ctx) {
        ctx.json(StatisticsView.of(syncPoint.lockStatistics().statistics(Optional.empty())));
    }

    /** The filters both history routes take: {@code action}, {@code from} (inclusive), {@code to}. */
    private static HistoryQuery filtered(Context ctx, PageRequest page) {
        Optional<HistoryAction> action = action(ctx);
        Optional<Instant> from = RequestParams.optionalInstant(ctx, "from");
        Optional<Instant> to = RequestParams.optionalInstant(ctx, "to");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw Violations.exception("to", "from must be before to");
        }
        return new HistoryQuery(Optional.empty(), Optional.empty(), action, from, to, page);
    }

    private static Optional<HistoryAction> action(Context ctx) {
        String text = ctx.queryParam("action");
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(HistoryAction.fromWireName(text)
                .orElseThrow(() -> Violations.exception("action", "action must be one of " + ACTIONS)));
    }
}
