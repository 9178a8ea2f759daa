package dev.syncpoint.application.port.in;

import java.util.Objects;

/** Open an account. Whatever the caller sends, a new account is a plain user. */
public record SignUpCommand(String email, String name, String password) {

    public SignUpCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "SignUpCommand[email=" + email + ", name=" + name + ", password=<hidden>]";
    }
}
