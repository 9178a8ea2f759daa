package dev.syncpoint.adapter.rest.routes;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import java.util.Set;

/**
 * The browser UI: plain files under {@code web/} on the classpath, served at {@code /} to anyone, since
 * the page signs in by itself. There is no build step, so what is in the jar is what the browser runs.
 * Routes win over files, which keeps {@code /api/v1}, {@code /health}, {@code /metrics} and {@code /ws}
 * as they are.
 */
public final class WebUi {

    static final String CLASSPATH_DIRECTORY = "/web";

    private WebUi() {}

    public static void addTo(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = CLASSPATH_DIRECTORY;
            files.location = Location.CLASSPATH;
            files.roles = Set.of(Access.PUBLIC);
            // Revalidate on every load, so after an upgrade no browser runs an old module beside a new one.
            files.headers = Map.of("Cache-Control", "no-cache");
        });
    }
}
