package dev.syncpoint.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.syncpoint.application.contract.AccessTokensContract;
import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.application.contract.MutableClock;
import dev.syncpoint.application.port.out.AccessTokens;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtAccessTokensTest extends AccessTokensContract {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MutableClock clock = MutableClock.startingAt(ContractTestData.START);
    private final String secret = randomSecret();
    private final JwtAccessTokens tokens = new JwtAccessTokens(JwtSettings.of(secret), clock);
    private final User alice = ContractTestData.account("Alice", Role.USER).user();

    @Override
    protected AccessTokens openAccessTokens(InstantSource clock) {
        return new JwtAccessTokens(JwtSettings.of(randomSecret()), clock);
    }

    @Test
    void aTokenSignedWithAlgorithmNoneVerifiesToNothing() {
        String unsigned = JWT.create()
                .withIssuer(JwtSettings.DEFAULT_ISSUER)
                .withSubject(alice.id().toString())
                .withClaim(JwtAccessTokens.ROLE_CLAIM, "admin")
                .withExpiresAt(clock.instant().plusSeconds(60))
                .sign(Algorithm.none());

        assertThat(tokens.verify(unsigned)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherHmacAlgorithmAndTheSameKeyVerifiesToNothing() {
        String hs512 = JWT.create()
                .withIssuer(JwtSettings.DEFAULT_ISSUER)
                .withSubject(alice.id().toString())
                .withClaim(JwtAccessTokens.ROLE_CLAIM, "user")
                .withExpiresAt(clock.instant().plusSeconds(60))
                .sign(Algorithm.HMAC512(secret.getBytes(StandardCharsets.UTF_8)));

        assertThat(tokens.verify(hs512)).isEmpty();
    }

    @Test
    void aTokenWhoseRoleClaimWasEditedVerifiesToNothing() {
        String[] parts = tokens.issue(alice).token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = payload.replace("\"role\":\"user\"", "\"role\":\"admin\"");

        String tampered = parts[0] + "." + base64Url(promoted) + "." + parts[2];

        assertThat(promoted).contains("\"role\":\"admin\"");
        assertThat(tokens.verify(tampered)).isEmpty();
    }

    @Test
    void aTokenFromAnotherIssuerNameWithTheSameKeyVerifiesToNothing() {
        JwtSettings other = new JwtSettings(secret, "someone-else", Duration.ofHours(1));

        String foreign = new JwtAccessTokens(other, clock).issue(alice).token();

        assertThat(tokens.verify(foreign)).isEmpty();
    }

    @Test
    void aTokenWithoutExpiryVerifiesToNothingEvenWhenSignedWithTheKey() {
        String endless = JWT.create()
                .withIssuer(JwtSettings.DEFAULT_ISSUER)
                .withSubject(alice.id().toString())
                .withClaim(JwtAccessTokens.ROLE_CLAIM, "user")
                .sign(Algorithm.HMAC256(secret.getBytes(StandardCharsets.UTF_8)));

        assertThat(tokens.verify(endless)).isEmpty();
    }

    @Test
    void aTokenFromANodeWhoseClockRunsAMinuteAheadIsAccepted() {
        InstantSource ahead = InstantSource.fixed(clock.instant().plusSeconds(JwtAccessTokens.ISSUED_AT_SKEW_SECONDS));
        JwtAccessTokens otherNode = new JwtAccessTokens(JwtSettings.of(secret), ahead);

        assertThat(tokens.verify(otherNode.issue(alice).token())).isPresent();
    }

    @Test
    void theExpiryIsTheIssueTimePlusTheLifetimeInWholeSeconds() {
        clock.advance(Duration.ofMillis(1_700));

        Instant expiresAt = tokens.issue(alice).expiresAt();

        assertThat(expiresAt).isEqualTo(ContractTestData.START.plusSeconds(1).plus(JwtSettings.DEFAULT_LIFETIME));
    }

    @Test
    void aShortSecretOrAFractionalLifetimeIsRefusedAtStartup() {
        assertThatThrownBy(() -> JwtSettings.of("too short")).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> JwtSettings.of(secret).withLifetime(Duration.ofMillis(1_500)))
                .hasMessageContaining("whole seconds");
    }

    @Test
    void theSettingsNeverPrintTheSecret() {
        assertThat(JwtSettings.of(secret).toString()).doesNotContain(secret);
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
