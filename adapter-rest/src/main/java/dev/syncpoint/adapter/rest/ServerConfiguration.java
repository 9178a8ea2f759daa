package dev.syncpoint.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncpoint.adapter.rest.metrics.HttpMetrics;
import dev.syncpoint.adapter.rest.problem.ProblemWriter;
import dev.syncpoint.adapter.rest.routes.ApiRoutes;
import dev.syncpoint.adapter.rest.routes.WebUi;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.bundled.CorsPluginConfig;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** Everything the API asks of Javalin and Jetty, applied to one server's configuration. */
final class ServerConfiguration {

    private final RestSettings settings;
    private final ObjectMapper json;
    private final ApiRoutes routes;
    private final HttpMetrics httpMetrics;

    ServerConfiguration(RestSettings settings, ObjectMapper json, ApiRoutes routes, HttpMetrics httpMetrics) {
        this.settings = settings;
        this.json = json;
        this.routes = routes;
        this.httpMetrics = httpMetrics;
    }

    void applyTo(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(json, false));
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.http.defaultContentType = "application/json";
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> {
            // With a stop timeout, stopping waits for requests in flight instead of cutting them off;
            // the graceful handler answers 503 to requests that still arrive meanwhile.
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(settings.stopTimeout().toMillis());
            server.setErrorHandler(new ProblemErrorHandler(new ProblemWriter(json)));
        });
        if (!settings.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(this::corsRule));
        }
        config.requestLogger.http(httpMetrics::record);
        WebUi.addTo(config);
        routes.addTo(config.routes);
    }

    /** Browsers on these origins may call with a bearer token and read the headers a change needs. */
    private void corsRule(CorsPluginConfig.CorsRule rule) {
        if (settings.corsOrigins().contains("*")) {
            rule.anyHost();
        } else {
            settings.corsOrigins().forEach(rule::allowHost);
        }
        rule.exposeHeader("ETag");
        rule.exposeHeader("Location");
    }
}
