package dev.syncpoint.adapter.rest;

import dev.syncpoint.adapter.rest.security.SignInLimits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the HTTP server behaves.
 *
 * @param corsOrigins origins whose browsers may call the API from another site, such as
 *     {@code https://calendar.example.org}; {@code *} allows any; empty allows none (same-site only)
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param stopTimeout how long {@link RestApi#stop()} waits for requests in flight to finish
 * @param signInLimits how many failed sign-ins per email and per client address make further ones wait
 */
public record RestSettings(
        List<String> corsOrigins, int maxBodyBytes, Duration stopTimeout, SignInLimits signInLimits) {

    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

    public RestSettings {
        corsOrigins = List.copyOf(corsOrigins);
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        Objects.requireNonNull(signInLimits, "signInLimits");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative, was " + stopTimeout);
        }
    }

    /** No cross-origin callers, 64 KiB bodies, ten seconds to drain on stop, {@link SignInLimits#defaults()}. */
    public static RestSettings defaults() {
        return new RestSettings(List.of(), DEFAULT_MAX_BODY_BYTES, DEFAULT_STOP_TIMEOUT, SignInLimits.defaults());
    }

    public RestSettings withCorsOrigins(List<String> origins) {
        return new RestSettings(origins, maxBodyBytes, stopTimeout, signInLimits);
    }

    public RestSettings withSignInLimits(SignInLimits limits) {
        return new RestSettings(corsOrigins, maxBodyBytes, stopTimeout, limits);
    }
}
