package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.json.CleanupHistoryBody;
import dev.syncpoint.adapter.rest.json.JsonBodies;
import dev.syncpoint.adapter.rest.problem.RefusalProblems;
import dev.syncpoint.adapter.rest.view.CleanupView;
import dev.syncpoint.adapter.rest.view.LockView;
import dev.syncpoint.adapter.rest.view.PageView;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.port.in.AdminOnly;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/** What only admins may see or do outside a single appointment; the use cases answer 403 to users. */
final class AdminRoutes {

    private final SyncPoint syncPoint;
    private final JsonBodies bodies;
    private final InstantSource clock;

    AdminRoutes(SyncPoint syncPoint, JsonBodies bodies, InstantSource clock) {
        this.syncPoint = syncPoint;
        this.bodies = bodies;
        this.clock = clock;
    }

    void addTo(RoutesConfig routes) {
        routes.get(Paths.API + "/admin/locks", this::liveLocks);
        routes.post(Paths.API + "/admin/cleanup-history", this::cleanupHistory);
    }

    /** Every live lock, oldest grant first. The query answers a whole list, so it is paged here. */
    private void liveLocks(Context ctx) {
        User caller = Authenticator.caller(ctx);
        PageRequest page = RequestParams.page(ctx);

        AdminOnly<List<Lock>> answer = syncPoint.liveLocks().liveLocks(caller);

        if (!(answer instanceof AdminOnly.Allowed<List<Lock>> allowed)) {
            throw RefusalProblems.forbidden().exception();
        }
        List<Lock> all = allowed.value();
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        Page<Lock> slice = new Page<>(all.subList(from, to), all.size(), page);
        ctx.json(PageView.of(slice, lock -> LockView.of(lock, caller)));
    }

    /**
     * A cutoff given in days counts back from this node's clock, not the store's, and a cutoff given as a time
     * may not pass that clock: pruning is coarse, and a few seconds of clock skew move no row that matters.
     * The role is checked before the body, so a user hears 403 whatever they sent.
     */
    private void cleanupHistory(Context ctx) {
        User caller = Authenticator.caller(ctx);
        if (!caller.isAdmin()) {
            throw RefusalProblems.forbidden().exception();
        }
        Instant cutoff = bodies.required(ctx, CleanupHistoryBody.class).cutoff(clock);

        AdminOnly<Long> answer = syncPoint.cleanupHistory().deleteHistoryBefore(caller, cutoff);

        if (!(answer instanceof AdminOnly.Allowed<Long> allowed)) {
            throw RefusalProblems.forbidden().exception();
        }
        ctx.json(new CleanupView(allowed.value(), cutoff));
    }
}
