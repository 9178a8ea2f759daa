package dev.syncpoint.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncpoint.adapter.rest.json.JsonMapping;
import dev.syncpoint.adapter.rest.metrics.HttpMetrics;
import dev.syncpoint.adapter.rest.routes.ApiRoutes;
import dev.syncpoint.application.SyncPoint;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API of DESIGN.md on Javalin: every route under {@code /api/v1}, plus {@code /health} and
 * {@code /metrics}. It is built unstarted, so a test or the bootstrap decides where it listens.
 *
 * <pre>{@code
 * SyncPoint syncPoint = SyncPoint.create(ports);   // ports with JwtAccessTokens and BcryptPasswordHasher
 * RestApi api = RestApi.create(syncPoint, RestSettings.defaults(), database::isUp, prometheus);
 * api.start("0.0.0.0", 8088);
 * ...
 * api.stop();                                      // lets requests in flight finish
 * }</pre>
 */
public final class RestApi {

    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);

    private final Javalin javalin;

    private RestApi(Javalin javalin) {
        this.javalin = javalin;
    }

    public static RestApi create(
            SyncPoint syncPoint, RestSettings settings, HealthCheck health, PrometheusMeterRegistry registry) {
        return create(syncPoint, settings, health, registry, config -> {});
    }

    /**
     * @param extensions further configuration of the same server, applied last; this is where another
     *     adapter, such as the WebSocket channel, adds its routes, since Javalin takes routes only here
     */
    public static RestApi create(
            SyncPoint syncPoint,
            RestSettings settings,
            HealthCheck health,
            PrometheusMeterRegistry registry,
            Consumer<JavalinConfig> extensions) {
        return create(syncPoint, settings, health, registry, InstantSource.system(), extensions);
    }

    /**
     * @param clock this node's time, for the few things the API decides without the store: how long a
     *     sign-in throttle lasts and history cutoffs counted in days; the system clock unless a test steers it
     */
    public static RestApi create(
            SyncPoint syncPoint,
            RestSettings settings,
            HealthCheck health,
            PrometheusMeterRegistry registry,
            InstantSource clock,
            Consumer<JavalinConfig> extensions) {
        Objects.requireNonNull(syncPoint, "syncPoint");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(extensions, "extensions");

        ObjectMapper json = JsonMapping.create();
        ApiRoutes routes = new ApiRoutes(syncPoint, json, settings, health, registry, clock);
        ServerConfiguration server = new ServerConfiguration(settings, json, routes, new HttpMetrics(registry));
        return new RestApi(Javalin.create(config -> {
            server.applyTo(config);
            extensions.accept(config);
        }));
    }

    /** Listens on {@code host}; port 0 picks a free port, which {@link #port()} then tells. */
    public RestApi start(String host, int port) {
        javalin.start(host, port);
        LOG.info("HTTP API listening on {}:{}", host, port());
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** The underlying server, for what this class does not cover. */
    public Javalin javalin() {
        return javalin;
    }

    /** Stops accepting connections, waits for requests in flight (up to the stop timeout), then stops. */
    public void stop() {
        LOG.info("HTTP API stopping");
        javalin.stop();
        LOG.info("HTTP API stopped");
    }
}
