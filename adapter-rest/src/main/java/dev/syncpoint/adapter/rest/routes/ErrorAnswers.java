package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.problem.Problem;
import dev.syncpoint.adapter.rest.problem.ProblemException;
import dev.syncpoint.adapter.rest.problem.ProblemType;
import dev.syncpoint.adapter.rest.problem.ProblemWriter;
import dev.syncpoint.application.port.out.StoreUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a problem answer: our own refusals, Javalin's (no such route, wrong method,
 * body too large) and anything unexpected. An unexpected exception is logged with an incident id that
 * the answer repeats, and its message and stack trace stay in the log.
 */
final class ErrorAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ProblemWriter writer;

    ErrorAnswers(ProblemWriter writer) {
        this.writer = writer;
    }

    void addTo(RoutesConfig routes) {
        routes.exception(ProblemException.class, (e, ctx) -> writer.write(ctx, e.problem()));
        routes.exception(HttpResponseException.class, this::javalinRefusal);
        routes.exception(StoreUnavailableException.class, this::storeUnavailable);
        routes.exception(Exception.class, this::unexpected);
    }

    private void javalinRefusal(HttpResponseException refusal, Context ctx) {
        String request = ctx.method().name() + " " + ctx.path();
        Problem problem;
        switch (refusal.getStatus()) {
            case 404 -> problem = Problem.of(ProblemType.NOT_FOUND, "there is no route " + request);
            case 405 -> problem = methodNotAllowed(refusal, ctx, request);
            case 413 -> problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "the request body is too large");
            case 400 -> problem = Problem.of(ProblemType.INVALID_REQUEST, "the request is malformed");
            default -> {
                unexpected(refusal, ctx);
                return;
            }
        }
        writer.write(ctx, problem);
    }

    /**
     * Javalin names the methods the path has in the refusal's details, under a key that depends on the
     * client's Accept header. It runs GET routes for HEAD too, so HEAD is allowed wherever GET is.
     */
    private static Problem methodNotAllowed(HttpResponseException refusal, Context ctx, String request) {
        List<String> allowed = new ArrayList<>();
        refusal.getDetails().values().stream()
                .flatMap(methods -> Arrays.stream(methods.split(",")))
                .map(String::strip)
                .filter(method -> !method.isEmpty())
                .forEach(allowed::add);
        if (allowed.contains("GET") && !allowed.contains("HEAD")) {
            allowed.add(allowed.indexOf("GET") + 1, "HEAD");
        }
        String allow = String.join(", ", allowed);
        ctx.header("Allow", allow);
        String detail = allowed.isEmpty()
                ? request + " is not allowed on this route"
                : request + " is not allowed on this route; it takes " + allow;
        return Problem.of(ProblemType.METHOD_NOT_ALLOWED, detail);
    }

    /**
     * The database is down or too slow: nothing is wrong with the request, so the client may retry. This is
     * the one line the failed request gets, with what the store said and why; an outage is expected, so
     * there is no stack trace.
     */
    private void storeUnavailable(StoreUnavailableException failure, Context ctx) {
        LOG.warn(
                "{} {} answered 503, the store is unavailable: {}", ctx.method().name(), ctx.path(), causes(failure));
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        writer.write(
                ctx,
                Problem.of(
                        ProblemType.STORE_UNAVAILABLE, "the data store is not reachable right now; try again shortly"));
    }

    /** The failure's message and, when something lies beneath it, the root cause's kind and message. */
    private static String causes(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(failure.getMessage());
        return root == failure
                ? message
                : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private void unexpected(Exception failure, Context ctx) {
        String incident = UUID.randomUUID().toString();
        LOG.error("incident {}: {} {} failed", incident, ctx.method().name(), ctx.path(), failure);

        String detail = "the server failed to answer this request; the failure is logged as incident " + incident;
        writer.write(ctx, Problem.of(ProblemType.INTERNAL_ERROR, detail).with("incident", incident));
    }
}
