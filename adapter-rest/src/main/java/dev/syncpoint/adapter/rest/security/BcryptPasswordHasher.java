package dev.syncpoint.adapter.rest.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import dev.syncpoint.application.port.out.PasswordHasher;

/**
 * {@link PasswordHasher} on bcrypt, the server's hasher. Hashes read {@code $2a$<cost>$<salt><hash>}.
 *
 * <p>bcrypt reads at most 72 bytes of a password. Sign-up allows 128 characters, which in UTF-8 can be
 * several hundred bytes, so longer passwords are first reduced with SHA-512 instead of being cut: two
 * long passwords that share their first 72 bytes must not match each other's hash.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

    /** About a quarter of a second per hash on a 2024 server core. */
    public static final int DEFAULT_COST = 12;

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;
    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, LONG_PASSWORDS);
    private final BCrypt.Verifyer verifyer = BCrypt.verifyer(VERSION, LONG_PASSWORDS);

    public BcryptPasswordHasher() {
        this(DEFAULT_COST);
    }

    /** A lower cost (4 is bcrypt's least) suits tests; production should keep the default. */
    public BcryptPasswordHasher(int cost) {
        if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
            throw new IllegalArgumentException(
                    "bcrypt cost must be " + BCrypt.MIN_COST + " to " + BCrypt.MAX_COST + ", was " + cost);
        }
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        return hasher.hashToString(cost, password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            BCrypt.Result result = verifyer.verify(password.toCharArray(), hash);
            return result.validFormat && result.verified;
        } catch (IllegalArgumentException malformed) {
            // The library reports most bad hashes in the result, but throws for some, such as bad
            // Radix-64 characters; the port promises a plain false for every malformed hash.
            return false;
        }
    }
}
