package dev.syncpoint.adapter.rest.json;

import dev.syncpoint.adapter.rest.problem.Violations;
import dev.syncpoint.application.port.in.SignUpCommand;
import dev.syncpoint.domain.appointment.Violation;
import java.util.ArrayList;
import java.util.List;

/** A request to open an account. It has no role field: every new account is a plain user. */
public record SignUpBody(String email, String name, String password) {

    public SignUpCommand command() {
        List<Violation> missing = new ArrayList<>();
        Required.check(missing, "email", email);
        Required.check(missing, "name", name);
        Required.check(missing, "password", password);
        if (!missing.isEmpty()) {
            throw Violations.problem(missing).exception();
        }
        return new SignUpCommand(email, name, password);
    }

    @Override
    public String toString() {
        return "SignUpBody[email=" + email + ", name=" + name + ", password=<hidden>]";
    }
}
