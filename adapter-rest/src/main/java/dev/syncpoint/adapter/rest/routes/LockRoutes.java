package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.json.AcquireLockBody;
import dev.syncpoint.adapter.rest.json.AdminActionBody;
import dev.syncpoint.adapter.rest.json.HeldLockBody;
import dev.syncpoint.adapter.rest.json.JsonBodies;
import dev.syncpoint.adapter.rest.metrics.LockMetrics;
import dev.syncpoint.adapter.rest.problem.RefusalProblems;
import dev.syncpoint.adapter.rest.view.LockChangeView;
import dev.syncpoint.adapter.rest.view.LockStatusView;
import dev.syncpoint.adapter.rest.view.LockView;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.port.in.AcquireLockCommand;
import dev.syncpoint.application.port.in.AdminLockCommand;
import dev.syncpoint.application.port.in.HeartbeatCommand;
import dev.syncpoint.application.port.in.ReleaseLockCommand;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.ForceReleaseResult;
import dev.syncpoint.domain.lock.ForceReleased;
import dev.syncpoint.domain.lock.HeartbeatResult;
import dev.syncpoint.domain.lock.LockStatus;
import dev.syncpoint.domain.lock.ReleaseResult;
import dev.syncpoint.domain.lock.Released;
import dev.syncpoint.domain.lock.Renewed;
import dev.syncpoint.domain.lock.TakenOver;
import dev.syncpoint.domain.lock.TakeoverResult;
import dev.syncpoint.domain.user.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * An appointment's edit lock: read it, take it, keep it alive, give it up, and the admins' force-release
 * and takeover. Every answer, refusals included, carries the store's {@code serverNow}.
 */
final class LockRoutes {

    private final SyncPoint syncPoint;
    private final JsonBodies bodies;
    private final LockMetrics metrics;

    LockRoutes(SyncPoint syncPoint, JsonBodies bodies, LockMetrics metrics) {
        this.syncPoint = syncPoint;
        this.bodies = bodies;
        this.metrics = metrics;
    }

    void addTo(RoutesConfig routes) {
        routes.get(Paths.APPOINTMENT + "/lock-status", this::status);
        routes.post(Paths.APPOINTMENT + "/acquire-lock", this::acquire);
        routes.post(Paths.APPOINTMENT + "/heartbeat", this::heartbeat);
        routes.post(Paths.APPOINTMENT + "/release-lock", this::release);
        routes.post(Paths.APPOINTMENT + "/force-release-lock", this::forceRelease);
        routes.post(Paths.APPOINTMENT + "/admin-takeover", this::takeOver);
    }

    private void status(Context ctx) {
        AppointmentId id = RequestParams.appointmentId(ctx);
        User caller = Authenticator.caller(ctx);

        LockStatus status = syncPoint
                .lockStatus()
                .status(id)
                .orElseThrow(() -> RefusalProblems.appointmentNotFound(id).exception());

        LockView lock = status.lock().map(l -> LockView.of(l, caller)).orElse(null);
        ctx.json(new LockStatusView(id.value(), lock != null, lock, status.serverNow()));
    }

    private void acquire(Context ctx) {
        AppointmentId id = RequestParams.appointmentId(ctx);
        User caller = Authenticator.caller(ctx);
        AcquireLockBody body = bodies.optional(ctx, AcquireLockBody.class);

        AcquireResult result = syncPoint.acquireLock().acquire(new AcquireLockCommand(id, caller, body.version()));
        metrics.count("acquire", result);

        if (result instanceof Acquired acquired) {
            ctx.json(LockChangeView.granted("acquired", LockView.of(acquired.lock(), caller), result.serverNow()));
        } else if (result instanceof Renewed renewed) {
            ctx.json(LockChangeView.granted("renewed", LockView.of(renewed.lock(), caller), result.serverNow()));
        } else {
            throw RefusalProblems.of(result).exception();
        }
    }

    private void heartbeat(Context ctx) {
        AppointmentId id = RequestParams.appointmentId(ctx);
        User caller = Authenticator.caller(ctx);
        HeldLockBody body = bodies.optional(ctx, HeldLockBody.class);

        HeartbeatCommand command = new HeartbeatCommand(id, caller, body.version(), body.token());
        HeartbeatResult result = syncPoint.heartbeat().heartbeat(command);
        metrics.count("heartbeat", result);

        if (!(result instanceof Renewed renewed)) {
            throw RefusalProblems.of(result).exception();
        }
        ctx.json(LockChangeView.granted("renewed", LockView.of(renewed.lock(), caller), result.serverNow()));
    }

    private void release(Context ctx) {
        AppointmentId id = RequestParams.appointmentId(ctx);
        User caller = Authenticator.caller(ctx);
        HeldLockBody body = bodies.optional(ctx, HeldLockBody.class);

        ReleaseLockCommand command = new ReleaseLockCommand(id, caller, body.version(), body.token());
        ReleaseResult result = syncPoint.releaseLock().release(command);
        metrics.count("release", result);

        if (!(result instanceof Released released)) {
            throw RefusalProblems.of(result).exception();
        }
        LockView ended = LockView.of(released.ended(), caller);
        ctx.json(LockChangeView.ended("released", ended, released.heldFor().toMillis(), result.serverNow()));
    }

    private void forceRelease(Context ctx) {
        AdminLockCommand command = adminCommand(ctx);

        ForceReleaseResult result = syncPoint.forceReleaseLock().forceRelease(command);
        metrics.count("force_release", result);

        if (!(result instanceof ForceReleased released)) {
            throw RefusalProblems.of(result).exception();
        }
        LockView ended = LockView.of(released.ended(), command.actor());
        ctx.json(
                LockChangeView.ended("force_released", ended, released.heldFor().toMillis(), result.serverNow()));
    }

    private void takeOver(Context ctx) {
        AdminLockCommand command = adminCommand(ctx);

        TakeoverResult result = syncPoint.adminTakeover().takeOver(command);
        metrics.count("takeover", result);

        if (!(result instanceof TakenOver takenOver)) {
            throw RefusalProblems.of(result).exception();
        }
        LockView granted = LockView.of(takenOver.granted(), command.actor());
        LockView ended = LockView.of(takenOver.ended(), command.actor());
        // The former lock ended at the takeover's instant, as its history row says.
        long heldFor = takenOver.ended().heldUntil(result.serverNow()).toMillis();
        ctx.json(LockChangeView.replaced("taken_over", granted, ended, heldFor, result.serverNow()));
    }

    /** Only an admin's body is read: a user is refused by the use case, 403 whatever they sent. */
    private AdminLockCommand adminCommand(Context ctx) {
        AppointmentId id = RequestParams.appointmentId(ctx);
        User caller = Authenticator.caller(ctx);
        Optional<String> reason =
                caller.isAdmin() ? bodies.optional(ctx, AdminActionBody.class).checkedReason() : Optional.empty();
        return new AdminLockCommand(id, caller, reason);
    }
}
