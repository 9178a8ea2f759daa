package dev.syncpoint.adapter.rest.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.RegisteredClaims;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.syncpoint.application.port.out.AccessTokens;
import dev.syncpoint.application.port.out.IssuedToken;
import dev.syncpoint.application.port.out.TokenClaims;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AccessTokens} as HS256 JSON Web Tokens. A token names its user in {@code sub} and their role in
 * {@code role}, and carries {@code iss}, {@code iat} and {@code exp}.
 *
 * <p>Verification is pinned to HS256 with this issuer's key, so a token with {@code alg: none}, another
 * algorithm, another key or an edited claim verifies to nothing; so does one past its {@code exp}, one
 * from another issuer, and one without a subject, role or expiry. The role read here is a claim only:
 * the session use case takes the role from the stored user (rule 13).
 */
public final class JwtAccessTokens implements AccessTokens {

    static final String ROLE_CLAIM = "role";

    /**
     * Several server nodes share the secret, and a token issued on a node whose clock runs a little
     * ahead must not be refused as "issued in the future" on the next request to another node.
     */
    static final long ISSUED_AT_SKEW_SECONDS = 60;

    /** Far above any token this class issues; longer input is refused before it is decoded. */
    private static final int MAX_TOKEN_LENGTH = 4_096;

    private static final Logger LOG = LoggerFactory.getLogger(JwtAccessTokens.class);

    private final JwtSettings settings;
    private final InstantSource clock;
    private final Algorithm algorithm;
    private final JWTVerifier verifier;

    public JwtAccessTokens(JwtSettings settings) {
        this(settings, InstantSource.system());
    }

    /** Tokens dated and checked by {@code clock}; tests pass a settable one. */
    public JwtAccessTokens(JwtSettings settings, InstantSource clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.algorithm = Algorithm.HMAC256(settings.secretBytes());
        this.verifier = verifier(algorithm, settings.issuer(), clock);
    }

    @Override
    public IssuedToken issue(User user) {
        // JWT dates are whole seconds; the answer must name the expiry the token itself carries.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(settings.lifetime());

        String token = JWT.create()
                .withIssuer(settings.issuer())
                .withSubject(user.id().toString())
                .withClaim(ROLE_CLAIM, user.role().wireName())
                .withIssuedAt(now)
                .withExpiresAt(expiresAt)
                .sign(algorithm);
        return new IssuedToken(token, expiresAt);
    }

    @Override
    public Optional<TokenClaims> verify(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try {
            return claimsOf(verifier.verify(token));
        } catch (JWTVerificationException | IllegalArgumentException refused) {
            LOG.debug("bearer token refused: {}", refused.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Optional<TokenClaims> claimsOf(DecodedJWT jwt) {
        Optional<Role> role = roleNamed(jwt.getClaim(ROLE_CLAIM).asString());
        if (role.isEmpty()) {
            return Optional.empty();
        }
        UserId user = UserId.parse(jwt.getSubject());
        return Optional.of(new TokenClaims(user, role.get(), jwt.getExpiresAtAsInstant()));
    }

    private static Optional<Role> roleNamed(String wireName) {
        return Arrays.stream(Role.values())
                .filter(role -> role.wireName().equals(wireName))
                .findFirst();
    }

    private static JWTVerifier verifier(Algorithm algorithm, String issuer, InstantSource clock) {
        JWTVerifier.BaseVerification verification = (JWTVerifier.BaseVerification) JWT.require(algorithm)
                .withIssuer(issuer)
                .acceptIssuedAt(ISSUED_AT_SKEW_SECONDS)
                .withClaimPresence(RegisteredClaims.SUBJECT)
                .withClaimPresence(RegisteredClaims.EXPIRES_AT)
                .withClaimPresence(ROLE_CLAIM);
        return verification.build(clock.withZone(ZoneOffset.UTC));
    }
}
