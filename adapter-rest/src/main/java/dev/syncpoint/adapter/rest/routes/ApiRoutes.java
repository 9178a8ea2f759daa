package dev.syncpoint.adapter.rest.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncpoint.adapter.rest.HealthCheck;
import dev.syncpoint.adapter.rest.RestSettings;
import dev.syncpoint.adapter.rest.json.JsonBodies;
import dev.syncpoint.adapter.rest.metrics.LockMetrics;
import dev.syncpoint.adapter.rest.problem.ProblemWriter;
import dev.syncpoint.adapter.rest.security.SignInThrottle;
import dev.syncpoint.application.SyncPoint;
import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.InstantSource;

/**
 * Every route of the API, the authentication in front of them and the error answers behind them. The
 * route groups follow DESIGN.md's list; the OpenAPI document describes the same set, and a test holds
 * the two together.
 */
public final class ApiRoutes {

    private final Authenticator authenticator;
    private final ErrorAnswers errors;
    private final AuthRoutes auth;
    private final AppointmentRoutes appointments;
    private final LockRoutes locks;
    private final ControlRoutes control;
    private final HistoryRoutes history;
    private final AdminRoutes admin;
    private final OperationsRoutes operations;

    /**
     * @param clock this node's time, for what the API decides by itself rather than by the store: cutoffs
     *     counted in days and how long a sign-in throttle lasts
     */
    public ApiRoutes(
            SyncPoint syncPoint,
            ObjectMapper json,
            RestSettings settings,
            HealthCheck health,
            PrometheusMeterRegistry registry,
            InstantSource clock) {
        JsonBodies bodies = new JsonBodies(json, settings.maxBodyBytes());
        LockMetrics lockMetrics = new LockMetrics(registry);

        this.authenticator = new Authenticator(syncPoint.session());
        this.errors = new ErrorAnswers(new ProblemWriter(json));
        this.auth = new AuthRoutes(syncPoint, bodies, new SignInThrottle(settings.signInLimits(), clock));
        this.appointments = new AppointmentRoutes(syncPoint, bodies);
        this.locks = new LockRoutes(syncPoint, bodies, lockMetrics);
        this.control = new ControlRoutes(syncPoint, lockMetrics);
        this.history = new HistoryRoutes(syncPoint);
        this.admin = new AdminRoutes(syncPoint, bodies, clock);
        this.operations = new OperationsRoutes(health, registry, OpenApiDocument.load(json));
    }

    public void addTo(RoutesConfig routes) {
        routes.beforeMatched(authenticator::authenticate);
        errors.addTo(routes);

        auth.addTo(routes);
        appointments.addTo(routes);
        locks.addTo(routes);
        control.addTo(routes);
        history.addTo(routes);
        admin.addTo(routes);
        operations.addTo(routes);
    }
}
