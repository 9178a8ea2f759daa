package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.problem.Problem;
import dev.syncpoint.adapter.rest.problem.ProblemException;
import dev.syncpoint.adapter.rest.problem.ProblemType;
import dev.syncpoint.application.port.in.SessionQuery;
import dev.syncpoint.domain.user.User;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Finds who is calling, before any route that is not public runs (rule 13). The user comes from the
 * verified bearer token and the stored account, never from the request body, and the token itself is
 * never logged or echoed.
 */
final class Authenticator {

    private static final String CALLER = "syncpoint.caller";
    private static final String BEARER = "Bearer ";

    private final SessionQuery sessions;

    Authenticator(SessionQuery sessions) {
        this.sessions = sessions;
    }

    /** Runs before every matched route; CORS preflights carry no credentials and are let through. */
    void authenticate(Context ctx) {
        if (HandlerType.OPTIONS.equals(ctx.method()) || ctx.routeRoles().contains(Access.PUBLIC)) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("this route needs an Authorization header: Bearer <token from sign-in>");
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("the Authorization header must use the Bearer scheme");
        }

        String token = header.substring(BEARER.length()).strip();
        User caller = sessions.authenticate(token)
                .orElseThrow(() -> unauthorized("the bearer token is invalid or has expired; sign in again"));
        ctx.attribute(CALLER, caller);
    }

    /** The caller of a route that is not public. */
    static User caller(Context ctx) {
        User caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("no caller on " + ctx.path() + "; is the route marked public?");
        }
        return caller;
    }

    private static ProblemException unauthorized(String detail) {
        return Problem.of(ProblemType.UNAUTHORIZED, detail).exception();
    }
}
