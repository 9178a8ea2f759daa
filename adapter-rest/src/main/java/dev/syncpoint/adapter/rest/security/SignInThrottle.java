package dev.syncpoint.adapter.rest.security;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts failed sign-ins per email and per client address over a sliding window, and makes further
 * attempts wait once either count is full. Each admitted attempt takes its place in both counts before its
 * password is checked, and gives it back if it succeeds or cannot be decided; so clients racing each other
 * get no more than the limit of guesses between them.
 *
 * <p>The counts live in this node's memory: with several nodes each keeps its own, and a restart forgets
 * them. A count ages out entirely after one window, and emptied counts are swept away as they accumulate,
 * so memory stays in proportion to the attempts of the last window.
 */
public final class SignInThrottle {

    private static final int FIRST_SWEEP_AT = 1_024;

    private final SignInLimits limits;
    private final InstantSource clock;
    private final Map<String, Window> byEmail = new HashMap<>();
    private final Map<String, Window> byAddress = new HashMap<>();
    private int sweepAt = FIRST_SWEEP_AT;

    public SignInThrottle(SignInLimits limits, InstantSource clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the throttle says to one attempt. */
    public sealed interface Admission {}

    /** The attempt may check its password; it counts as a failure unless {@link #forget} is told. */
    public record Admitted(Attempt attempt) implements Admission {}

    /**
     * The attempt must wait {@code retryAfter}; {@code byEmail} says whether the email's count is full,
     * else the address's is. {@code firstRefusal} is true once per full count, for a single log line.
     */
    public record Throttled(Duration retryAfter, boolean byEmail, boolean firstRefusal) implements Admission {}

    /** One admitted attempt's place in the counts. */
    public static final class Attempt {

        private final String email;
        private final String address;
        private final Instant at;

        private Attempt(String email, String address, Instant at) {
            this.email = email;
            this.address = address;
            this.at = at;
        }
    }

    /** Admits an attempt for {@code email} (compared as given) from {@code address}, or says how long to wait. */
    public synchronized Admission admit(String email, String address) {
        Instant now = clock.instant();
        Window forEmail = byEmail.computeIfAbsent(email, key -> new Window());
        Window fromAddress = byAddress.computeIfAbsent(address, key -> new Window());
        forEmail.prune(now, limits.window());
        fromAddress.prune(now, limits.window());

        Optional<Throttled> throttled = throttled(forEmail, fromAddress, now);
        if (throttled.isPresent()) {
            // A refused attempt leaves nothing behind, or a full address could fill memory with new emails.
            dropIfEmpty(byEmail, email);
            dropIfEmpty(byAddress, address);
            return throttled.get();
        }
        Attempt attempt = new Attempt(email, address, now);
        forEmail.add(attempt);
        fromAddress.add(attempt);
        sweepIfCrowded(now);
        return new Admitted(attempt);
    }

    /** The attempt signed in, or failed for a reason other than its password: it is no failure. */
    public synchronized void forget(Attempt attempt) {
        forget(byEmail, attempt.email, attempt);
        forget(byAddress, attempt.address, attempt);
    }

    /** How many emails and addresses have a count in memory. */
    synchronized int countsHeld() {
        return byEmail.size() + byAddress.size();
    }

    private Optional<Throttled> throttled(Window forEmail, Window fromAddress, Instant now) {
        boolean emailFull = forEmail.size() >= limits.failuresPerEmail();
        boolean addressFull = fromAddress.size() >= limits.failuresPerAddress();
        if (!emailFull && !addressFull) {
            return Optional.empty();
        }
        Instant free = now;
        boolean first = false;
        if (emailFull) {
            free = forEmail.freesAt(limits.window());
            first = forEmail.markRefused();
        }
        if (addressFull) {
            Instant addressFree = fromAddress.freesAt(limits.window());
            free = addressFree.isAfter(free) ? addressFree : free;
            first = fromAddress.markRefused() || first;
        }
        return Optional.of(new Throttled(Duration.between(now, free), emailFull, first));
    }

    private static void forget(Map<String, Window> windows, String key, Attempt attempt) {
        Window window = windows.get(key);
        if (window != null && window.remove(attempt)) {
            dropIfEmpty(windows, key);
        }
    }

    private static void dropIfEmpty(Map<String, Window> windows, String key) {
        Window window = windows.get(key);
        if (window != null && window.size() == 0) {
            windows.remove(key);
        }
    }

    /** Drops counts that have aged out, once there are many; doubling the mark keeps this rare. */
    private void sweepIfCrowded(Instant now) {
        if (byEmail.size() + byAddress.size() < sweepAt) {
            return;
        }
        byEmail.values().removeIf(window -> window.prune(now, limits.window()) == 0);
        byAddress.values().removeIf(window -> window.prune(now, limits.window()) == 0);
        sweepAt = Math.max(FIRST_SWEEP_AT, 2 * (byEmail.size() + byAddress.size()));
    }

    /** The failures of one email or address within the window, oldest first. */
    private static final class Window {

        private final Deque<Attempt> attempts = new ArrayDeque<>();
        private boolean refused;

        /** Forgets the attempts older than one window; answers how many are left. */
        int prune(Instant now, Duration window) {
            Instant oldestCounted = now.minus(window);
            while (!attempts.isEmpty() && !attempts.peekFirst().at.isAfter(oldestCounted)) {
                attempts.removeFirst();
                refused = false;
            }
            return attempts.size();
        }

        void add(Attempt attempt) {
            attempts.addLast(attempt);
        }

        boolean remove(Attempt attempt) {
            refused = false;
            return attempts.removeFirstOccurrence(attempt);
        }

        int size() {
            return attempts.size();
        }

        /** When the oldest failure ages out, and with it the count drops below its limit. */
        Instant freesAt(Duration window) {
            return attempts.peekFirst().at.plus(window);
        }

        /** Answers whether this is the first refusal since the count was last below its limit. */
        boolean markRefused() {
            boolean first = !refused;
            refused = true;
            return first;
        }
    }
}
