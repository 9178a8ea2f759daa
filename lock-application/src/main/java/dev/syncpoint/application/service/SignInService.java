package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.SignInResult;
import dev.syncpoint.application.port.in.SignInUseCase;
import dev.syncpoint.application.port.out.AccessTokens;
import dev.syncpoint.application.port.out.PasswordHasher;
import dev.syncpoint.application.port.out.UserAccount;
import dev.syncpoint.application.port.out.UserStore;
import java.lang.System.Logger.Level;
import java.util.Optional;

/** Checks a password against its stored hash and issues a token. */
public final class SignInService implements SignInUseCase {

    private static final System.Logger LOG = System.getLogger(SignInService.class.getName());

    private final UserStore users;
    private final PasswordHasher hasher;
    private final AccessTokens tokens;
    /**
     * Checked against when the email is unknown, so that costs as much time as a wrong password and the
     * two cannot be told apart. Made on first use: hashing is deliberately slow.
     */
    private volatile String decoyHash;

    public SignInService(UserStore users, PasswordHasher hasher, AccessTokens tokens) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
    }

    @Override
    public SignInResult signIn(String email, String password) {
        Optional<UserAccount> account = email == null ? Optional.empty() : users.findByEmail(email);
        String hash = account.map(UserAccount::passwordHash).orElseGet(this::decoyHash);
        boolean matches = password != null && hasher.matches(password, hash);

        if (account.isEmpty() || !matches) {
            LOG.log(Level.DEBUG, "sign-in refused");
            return new SignInResult.InvalidCredentials();
        }
        LOG.log(Level.DEBUG, "user {0} signed in", account.get().user().id());
        return new SignInResult.SignedIn(
                account.get().user(), tokens.issue(account.get().user()));
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            // Two threads may both hash here; either result serves, so no lock is needed.
            decoy = hasher.hash("a decoy password that no account has");
            decoyHash = decoy;
        }
        return decoy;
    }
}
