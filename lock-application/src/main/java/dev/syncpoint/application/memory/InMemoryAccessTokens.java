package dev.syncpoint.application.memory;

import dev.syncpoint.application.port.out.AccessTokens;
import dev.syncpoint.application.port.out.IssuedToken;
import dev.syncpoint.application.port.out.TokenClaims;
import dev.syncpoint.domain.user.User;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link AccessTokens} as opaque random session tokens remembered in memory: unguessable, and forgotten
 * when the process ends. The server uses signed JWTs through its REST adapter instead.
 */
public final class InMemoryAccessTokens implements AccessTokens {

    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, TokenClaims> sessions = new ConcurrentHashMap<>();
    private final InstantSource clock;
    private final Duration lifetime;

    public InMemoryAccessTokens(InstantSource clock, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a token lifetime must be positive");
        }
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public IssuedToken issue(User user) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        forgetExpired(now);
        sessions.put(token, new TokenClaims(user.id(), user.role(), now.plus(lifetime)));
        return new IssuedToken(token, now.plus(lifetime));
    }

    /** Tokens nobody presents again would otherwise stay for the life of the process. */
    private void forgetExpired(Instant now) {
        sessions.values().removeIf(claims -> !now.isBefore(claims.expiresAt()));
    }

    @Override
    public Optional<TokenClaims> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        TokenClaims claims = sessions.get(token);
        if (claims == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(claims.expiresAt())) {
            sessions.remove(token, claims);
            return Optional.empty();
        }
        return Optional.of(claims);
    }
}
