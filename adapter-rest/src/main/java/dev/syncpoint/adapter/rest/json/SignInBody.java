package dev.syncpoint.adapter.rest.json;

import dev.syncpoint.adapter.rest.problem.Violations;
import dev.syncpoint.domain.appointment.Violation;
import java.util.ArrayList;
import java.util.List;

/** An email and password to exchange for a bearer token. */
public record SignInBody(String email, String password) {

    /** This body, once both fields are known to be present. */
    public SignInBody checked() {
        List<Violation> missing = new ArrayList<>();
        Required.check(missing, "email", email);
        Required.check(missing, "password", password);
        if (!missing.isEmpty()) {
            throw Violations.problem(missing).exception();
        }
        return this;
    }

    @Override
    public String toString() {
        return "SignInBody[email=" + email + ", password=<hidden>]";
    }
}
