package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.json.JsonBodies;
import dev.syncpoint.adapter.rest.json.SignInBody;
import dev.syncpoint.adapter.rest.json.SignUpBody;
import dev.syncpoint.adapter.rest.problem.Problem;
import dev.syncpoint.adapter.rest.problem.ProblemType;
import dev.syncpoint.adapter.rest.problem.Violations;
import dev.syncpoint.adapter.rest.view.CurrentUserView;
import dev.syncpoint.adapter.rest.view.SessionView;
import dev.syncpoint.adapter.rest.view.UserView;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.port.in.SignInResult;
import dev.syncpoint.application.port.in.SignUpResult;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Sign-up, sign-in and "who am I". Only the first two are public. */
final class AuthRoutes {

    private final SyncPoint syncPoint;
    private final JsonBodies bodies;

    AuthRoutes(SyncPoint syncPoint, JsonBodies bodies) {
        this.syncPoint = syncPoint;
        this.bodies = bodies;
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

        SignInResult result = syncPoint.signIn().signIn(body.email(), body.password());

        if (result instanceof SignInResult.SignedIn signedIn) {
            ctx.json(SessionView.of(signedIn.user(), signedIn.token()));
        } else {
            throw Problem.of(ProblemType.INVALID_CREDENTIALS, "the email or the password is wrong")
                    .exception();
        }
    }

    private void session(Context ctx) {
        ctx.json(new CurrentUserView(UserView.of(Authenticator.caller(ctx))));
    }
}
