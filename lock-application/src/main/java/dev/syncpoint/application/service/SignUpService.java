package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.SignUpCommand;
import dev.syncpoint.application.port.in.SignUpResult;
import dev.syncpoint.application.port.in.SignUpUseCase;
import dev.syncpoint.application.port.out.AccessTokens;
import dev.syncpoint.application.port.out.PasswordHasher;
import dev.syncpoint.application.port.out.UserAccount;
import dev.syncpoint.application.port.out.UserStore;
import dev.syncpoint.domain.appointment.StorableText;
import dev.syncpoint.domain.appointment.Violation;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.lang.System.Logger.Level;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Opens plain user accounts; admins are made by configuration or by another admin, never here. */
public final class SignUpService implements SignUpUseCase {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;
    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;

    private static final System.Logger LOG = System.getLogger(SignUpService.class.getName());

    /** Deliberately loose: one @, something on each side, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final UserStore users;
    private final PasswordHasher hasher;
    private final AccessTokens tokens;
    private final InstantSource clock;

    public SignUpService(UserStore users, PasswordHasher hasher, AccessTokens tokens, InstantSource clock) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public SignUpResult signUp(SignUpCommand command) {
        List<Violation> violations = violations(command);
        if (!violations.isEmpty()) {
            return new SignUpResult.InvalidSignUp(violations);
        }

        User user = new User(UserId.random(), command.email(), command.name().strip(), Role.USER, clock.instant());
        if (!users.add(new UserAccount(user, hasher.hash(command.password())))) {
            return new SignUpResult.EmailTaken(user.email());
        }

        LOG.log(Level.INFO, "user {0} signed up", user.id());
        return new SignUpResult.SignedUp(user, tokens.issue(user));
    }

    private static List<Violation> violations(SignUpCommand command) {
        List<Violation> violations = new ArrayList<>();
        String email = command.email().strip();
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches() || hasUnprintable(email)) {
            violations.add(new Violation("email", "email must look like name@example.org"));
        }
        String name = command.name().strip();
        if (name.length() > MAX_NAME
                || hasUnprintable(name)
                || name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            violations.add(new Violation(
                    "name", "name must be 1 to " + MAX_NAME + " characters with at least one letter or digit"));
        }
        int length = command.password().length();
        if (length < MIN_PASSWORD || length > MAX_PASSWORD || !StorableText.isStorable(command.password())) {
            violations.add(new Violation(
                    "password",
                    "password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters, without NUL"));
        }
        return violations;
    }

    /** Control and line-separator characters have no place in a name or an address, and NUL cannot be stored. */
    private static boolean hasUnprintable(String text) {
        return !StorableText.isStorable(text)
                || text.codePoints()
                        .anyMatch(c -> Character.isISOControl(c)
                                || Character.getType(c) == Character.LINE_SEPARATOR
                                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                                || (c != ' ' && Character.isWhitespace(c)));
    }
}
