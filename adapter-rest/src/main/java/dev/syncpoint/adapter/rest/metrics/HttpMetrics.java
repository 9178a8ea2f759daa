package dev.syncpoint.adapter.rest.metrics;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times every HTTP request as {@code syncpoint_http_requests_seconds}, labelled by method, route
 * template (not the raw path, which would make a label per appointment) and status, and logs one debug
 * line for it.
 */
public final class HttpMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(HttpMetrics.class);

    private final MeterRegistry registry;

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(Context ctx, Float millis) {
        String route = routeOf(ctx);

        Timer.builder("syncpoint.http.requests")
                .description("HTTP requests, by method, route and status")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
        LOG.debug("{} {} -> {} in {} ms", ctx.method().name(), ctx.path(), ctx.statusCode(), millis);
    }

    private static String routeOf(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? "unmatched" : endpoint.path;
    }
}
