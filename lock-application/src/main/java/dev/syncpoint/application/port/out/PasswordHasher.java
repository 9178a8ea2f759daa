package dev.syncpoint.application.port.out;

/** One-way, salted password hashing. A hash never reveals the password and is safe to store. */
public interface PasswordHasher {

    String hash(String password);

    /** True when {@code password} is the one {@code hash} was made from; false for a malformed hash. */
    boolean matches(String password, String hash);
}
