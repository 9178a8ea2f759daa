package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.HealthCheck;
import dev.syncpoint.adapter.rest.view.HealthView;
import dev.syncpoint.application.port.out.StoreUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes for those who run the server and write clients: health, Prometheus metrics and the OpenAPI
 * document. All are public: a load balancer or scraper has no account, and none of them reveals data.
 */
final class OperationsRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(OperationsRoutes.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HealthCheck health;
    private final PrometheusMeterRegistry registry;
    private final OpenApiDocument openApi;

    OperationsRoutes(HealthCheck health, PrometheusMeterRegistry registry, OpenApiDocument openApi) {
        this.health = health;
        this.registry = registry;
        this.openApi = openApi;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/health", this::health, Access.PUBLIC);
        // Load balancers often probe with HEAD; Javalin would run the GET route for it but without its
        // public mark, so HEAD gets a route of its own.
        routes.head("/health", this::health, Access.PUBLIC);
        routes.get("/metrics", this::metrics, Access.PUBLIC);
        routes.get(Paths.API + "/openapi.yaml", this::openApiYaml, Access.PUBLIC);
        routes.get(Paths.API + "/openapi.json", this::openApiJson, Access.PUBLIC);
    }

    private void health(Context ctx) {
        boolean up = databaseUp();

        ctx.status(up ? 200 : 503).json(HealthView.of(up));
    }

    private boolean databaseUp() {
        try {
            return health.databaseUp();
        } catch (StoreUnavailableException down) {
            // The outage health exists to report: one line, no stack trace.
            LOG.warn("health check: the store is unavailable ({}); reporting the database down", down.getMessage());
            return false;
        } catch (RuntimeException failed) {
            LOG.warn("health check failed; reporting the database down", failed);
            return false;
        }
    }

    private void metrics(Context ctx) {
        ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
    }

    private void openApiYaml(Context ctx) {
        ctx.contentType("application/yaml").result(openApi.yaml());
    }

    private void openApiJson(Context ctx) {
        ctx.contentType("application/json").result(openApi.json());
    }
}
