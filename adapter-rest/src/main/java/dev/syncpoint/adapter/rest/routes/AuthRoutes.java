package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.json.JsonBodies;
import dev.syncpoint.adapter.rest.json.SignInBody;
import dev.syncpoint.adapter.rest.json.SignUpBody;
import dev.syncpoint.adapter.rest.problem.Problem;
import dev.syncpoint.adapter.rest.problem.ProblemType;
import dev.syncpoint.adapter.rest.problem.Violations;
import dev.syncpoint.adapter.rest.security.SignInThrottle;
import dev.syncpoint.adapter.rest.view.CurrentUserView;
import dev.syncpoint.adapter.rest.view.SessionView;
import dev.syncpoint.adapter.rest.view.UserView;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.port.in.SignInResult;
import dev.syncpoint.application.port.in.SignUpResult;
import dev.syncpoint.domain.user.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-up, sign-in and "who am I". Only the first two are public. Sign-in is throttled: after too many
 * failures for one email or from one address, attempts get 429 until the oldest failure ages out, and their
 * password is not even checked.
 */
final class AuthRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(AuthRoutes.class);

    private final SyncPoint syncPoint;
    private final JsonBodies bodies;
    private final SignInThrottle throttle;

    AuthRoutes(SyncPoint syncPoint, JsonBodies bodies, SignInThrottle throttle) {
        this.syncPoint = syncPoint;
        this.bodies = bodies;
        this.throttle = throttle;
    }

    void addTo(RoutesConfig routes) {
        routes.post(Paths.API + "/auth/signup", this::signUp, Access.PUBLIC);
        routes.post(Paths.API + "/auth/signin", this::signIn, Access.PUBLIC);
        routes.get(Paths.API + "/auth/session", this::session);
    }

    private void signUp(Context ctx) {
        SignUpBody body = bodies.required(ctx, SignUpBody.class);

        SignUpResult result = syncPoint.signUp().signUp(body.command());

        if (result instanceof SignUpResult.SignedUp signedUp) {
            ctx.status(201).json(SessionView.of(signedUp.user(), signedUp.token()));
        } else if (result instanceof SignUpResult.EmailTaken taken) {
            throw Problem.of(ProblemType.EMAIL_TAKEN, "an account with the email " + taken.email() + " already exists")
                    .exception();
        } else if (result instanceof SignUpResult.InvalidSignUp invalid) {
            throw Violations.problem(invalid.violations()).exception();
        }
    }

    private void signIn(Context ctx) {
        SignInBody body = bodies.required(ctx, SignInBody.class).checked();
        SignInThrottle.Attempt attempt = admitted(ctx, User.normalizeEmail(body.email()));

        SignInResult result;
        try {
            result = syncPoint.signIn().signIn(body.email(), body.password());
        } catch (RuntimeException undecided) {
            throttle.forget(attempt);
            throw undecided;
        }

        if (!(result instanceof SignInResult.SignedIn signedIn)) {
            throw Problem.of(ProblemType.INVALID_CREDENTIALS, "the email or the password is wrong")
                    .exception();
        }
        throttle.forget(attempt);
        ctx.json(SessionView.of(signedIn.user(), signedIn.token()));
    }

    private SignInThrottle.Attempt admitted(Context ctx, String email) {
        SignInThrottle.Admission admission = throttle.admit(email, ctx.ip());
        if (admission instanceof SignInThrottle.Admitted admitted) {
            return admitted.attempt();
        }
        SignInThrottle.Throttled throttled = (SignInThrottle.Throttled) admission;
        long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
        String which = throttled.byEmail() ? "for this email" : "from your address";
        if (throttled.firstRefusal()) {
            LOG.warn(
                    "sign-in by {} from {} throttled {}: too many failures; {} s to wait",
                    email,
                    ctx.ip(),
                    which,
                    seconds);
        }
        ctx.header("Retry-After", Long.toString(seconds));
        String detail = "too many failed sign-ins " + which + "; try again in " + seconds + " seconds";
        throw Problem.of(ProblemType.SIGN_IN_THROTTLED, detail)
                .with("retryAfterSeconds", seconds)
                .exception();
    }

    private void session(Context ctx) {
        ctx.json(new CurrentUserView(UserView.of(Authenticator.caller(ctx))));
    }
}
