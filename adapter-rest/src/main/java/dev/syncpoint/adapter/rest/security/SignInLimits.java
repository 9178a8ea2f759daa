package dev.syncpoint.adapter.rest.security;

import java.time.Duration;
import java.util.Objects;

/**
 * How many failed sign-ins are allowed within a sliding window before further attempts must wait.
 *
 * @param failuresPerEmail failures for one email, from anywhere: the limit on guessing one account
 * @param failuresPerAddress failures from one client address, over any emails: the limit on trying many
 *     accounts. Higher than the first, since an office's whole staff may share one address.
 * @param window how far back failures count
 */
public record SignInLimits(int failuresPerEmail, int failuresPerAddress, Duration window) {

    public static final int DEFAULT_FAILURES_PER_EMAIL = 10;
    public static final int DEFAULT_FAILURES_PER_ADDRESS = 30;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

    public SignInLimits {
        Objects.requireNonNull(window, "window");
        if (failuresPerEmail < 1 || failuresPerAddress < 1) {
            throw new IllegalArgumentException("sign-in limits must allow at least one failure");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the sign-in window must be positive, was " + window);
        }
    }

    /** Ten failures per email and thirty per address within five minutes. */
    public static SignInLimits defaults() {
        return new SignInLimits(DEFAULT_FAILURES_PER_EMAIL, DEFAULT_FAILURES_PER_ADDRESS, DEFAULT_WINDOW);
    }
}
