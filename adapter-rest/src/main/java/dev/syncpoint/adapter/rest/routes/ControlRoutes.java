package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.metrics.LockMetrics;
import dev.syncpoint.adapter.rest.problem.RefusalProblems;
import dev.syncpoint.adapter.rest.view.ControlAnswerView;
import dev.syncpoint.adapter.rest.view.ControlRequestView;
import dev.syncpoint.adapter.rest.view.LockView;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.port.in.AnswerControlCommand;
import dev.syncpoint.application.port.in.RequestControlCommand;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.AlreadyRequested;
import dev.syncpoint.domain.lock.ControlAnswerResult;
import dev.syncpoint.domain.lock.ControlDenied;
import dev.syncpoint.domain.lock.ControlGranted;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ControlRequestResult;
import dev.syncpoint.domain.lock.ControlRequested;
import dev.syncpoint.domain.lock.LockStatus;
import dev.syncpoint.domain.lock.NoOpenRequest;
import dev.syncpoint.domain.lock.Transferred;
import dev.syncpoint.domain.user.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Hand-over (rule 9): a user asks the holder for control; the holder approves, and the lock moves to the
 * requester with a new fencing token, or denies. The requester learns the answer over the WebSocket or by
 * reading the lock status.
 */
final class ControlRoutes {

    private static final String REQUESTS = Paths.APPOINTMENT + "/request-control";

    private final SyncPoint syncPoint;
    private final StoreTime storeTime;
    private final LockMetrics metrics;

    ControlRoutes(SyncPoint syncPoint, LockMetrics metrics) {
        this.syncPoint = syncPoint;
        this.storeTime = new StoreTime(syncPoint);
        this.metrics = metrics;
    }

    void addTo(RoutesConfig routes) {
        routes.post(REQUESTS, this::request);
        routes.post(REQUESTS + "/{requestId}/approve", this::approve);
        routes.post(REQUESTS + "/{requestId}/deny", this::deny);
    }

    private void request(Context ctx) {
        AppointmentId id = RequestParams.appointmentId(ctx);
        User caller = Authenticator.caller(ctx);

        ControlRequestResult result = syncPoint.requestControl().requestControl(new RequestControlCommand(id, caller));
        metrics.count("request_control", result);

        if (result instanceof ControlRequested requested) {
            // A new request is opened at the store's now, so its own time is this answer's serverNow.
            ControlRequest request = requested.request();
            ControlRequestView view = ControlRequestView.of(request, request.requestedAt());
            LockView lock = LockView.of(requested.current(), caller);
            ctx.status(201).json(new ControlAnswerView("requested", view, lock, request.requestedAt()));
        } else if (result instanceof AlreadyRequested already) {
            throw RefusalProblems.alreadyRequested(
                            already, storeTime.statusOf(id).serverNow())
                    .exception();
        } else {
            throw RefusalProblems.of(result).exception();
        }
    }

    private void approve(Context ctx) {
        AnswerControlCommand command = answerCommand(ctx);

        ControlAnswerResult result = syncPoint.grantControl().grant(command);
        metrics.count("grant_control", result);

        if (!(result instanceof ControlGranted granted)) {
            throw refusal(ctx, command, result);
        }
        Transferred transfer = granted.transfer();
        ControlRequestView request = ControlRequestView.of(granted.request(), transfer.serverNow());
        LockView lock = LockView.of(transfer.granted(), command.actor());
        ctx.json(new ControlAnswerView("granted", request, lock, transfer.serverNow()));
    }

    private void deny(Context ctx) {
        AnswerControlCommand command = answerCommand(ctx);

        ControlAnswerResult result = syncPoint.denyControl().deny(command);
        metrics.count("deny_control", result);

        if (!(result instanceof ControlDenied denied)) {
            throw refusal(ctx, command, result);
        }
        LockStatus status = storeTime.statusOf(command.appointment());
        ControlRequestView request = ControlRequestView.of(denied.request(), status.serverNow());
        LockView lock = status.lock().map(l -> LockView.of(l, command.actor())).orElse(null);
        ctx.json(new ControlAnswerView("denied", request, lock, status.serverNow()));
    }

    private RuntimeException refusal(Context ctx, AnswerControlCommand command, ControlAnswerResult result) {
        if (result instanceof NoOpenRequest none) {
            String requestId = ctx.pathParam("requestId");
            return RefusalProblems.noOpenRequest(
                            none,
                            requestId,
                            storeTime.statusOf(command.appointment()).serverNow())
                    .exception();
        }
        return RefusalProblems.of(result).exception();
    }

    private static AnswerControlCommand answerCommand(Context ctx) {
        AppointmentId id = RequestParams.appointmentId(ctx);
        return new AnswerControlCommand(id, RequestParams.requestId(ctx), Authenticator.caller(ctx));
    }
}
