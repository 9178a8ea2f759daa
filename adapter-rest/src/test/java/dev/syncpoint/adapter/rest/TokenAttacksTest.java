package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import dev.syncpoint.adapter.rest.security.JwtAccessTokens;
import dev.syncpoint.adapter.rest.security.JwtSettings;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Forged, tampered and expired tokens get 401, and a role is what the account says, not the token. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenAttacksTest {

    private static final String ADMIN_ROUTE = "/api/v1/admin/locks";

    private final TestServer server = TestServer.start();
    private final ApiClient client = server.client();
    private final Caller mallory = server.signUp("Mallory");

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aTokenWithAlgorithmNoneIsRefused() {
        String unsigned = claimsFor(mallory, "admin").sign(Algorithm.none());

        Response response = client.get("/api/v1/auth/session", unsigned);

        assertUnauthorized(response);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String forged =
                claimsFor(mallory, "admin").sign(Algorithm.HMAC256("some other secret that is also long enough"));

        Response response = client.get(ADMIN_ROUTE, forged);

        assertUnauthorized(response);
    }

    @Test
    void aTokenWhoseRoleClaimWasRaisedToAdminIsRefused() {
        String[] parts = mallory.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String raised = base64Url(payload.replace("\"role\":\"user\"", "\"role\":\"admin\""));

        Response response = client.get(ADMIN_ROUTE, parts[0] + "." + raised + "." + parts[2]);

        assertUnauthorized(response);
    }

    @Test
    void anExpiredTokenIsRefused() {
        InstantSource yesterday = InstantSource.fixed(Instant.now().minus(Duration.ofDays(2)));
        JwtAccessTokens pastIssuer = new JwtAccessTokens(JwtSettings.of(TestServer.SECRET), yesterday);
        User user = new User(UserId.parse(mallory.id()), mallory.email(), mallory.name(), Role.USER, Instant.now());

        String expired = pastIssuer.issue(user).token();

        assertUnauthorized(client.get("/api/v1/auth/session", expired));
    }

    @Test
    void aValidTokenForAUserThatDoesNotExistIsRefused() {
        JwtAccessTokens issuer = new JwtAccessTokens(JwtSettings.of(TestServer.SECRET));
        User ghost = new User(UserId.random(), "ghost@example.test", "Ghost", Role.ADMIN, Instant.now());

        assertUnauthorized(client.get(ADMIN_ROUTE, issuer.issue(ghost).token()));
    }

    @Test
    void anotherSchemeOrAnEmptyBearerIsRefusedWithAClearDetail() {
        Response basic = client.send(client.request(ADMIN_ROUTE, null, "Authorization", "Basic bWFsbG9yeTpzZWNyZXQ=")
                .GET());
        Response empty = client.send(
                client.request(ADMIN_ROUTE, null, "Authorization", "Bearer ").GET());

        assertUnauthorized(basic);
        assertThat(basic.json().path("detail").asText()).contains("Bearer scheme");
        assertUnauthorized(empty);
    }

    @Test
    void aUserTokenGets403OnAnAdminRoute() {
        Response response = client.get(ADMIN_ROUTE, mallory.token());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.problemType()).isEqualTo("forbidden");
    }

    @Test
    void theRoleComesFromTheStoredAccountSoAPromotionCountsWithTheOldToken() {
        Caller nadia = server.signUp("Nadia");
        assertThat(client.get(ADMIN_ROUTE, nadia.token()).status()).isEqualTo(403);

        server.stores().userStore().changeRole(UserId.parse(nadia.id()), Role.ADMIN);

        assertThat(client.get(ADMIN_ROUTE, nadia.token()).status()).isEqualTo(200);
    }

    @Test
    void aBodyCannotNameTheCaller() {
        String appointment = server.appointment(mallory);
        Caller victim = server.signUp("Victor");

        Response response = client.post(
                Appointments.path(appointment, "acquire-lock"),
                mallory.token(),
                TestJson.object("userId", victim.id()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("violations").get(0).path("field").asText())
                .isEqualTo("userId");
    }

    @Test
    void noTokenIsNeverPrintedInAnAnswer() {
        Response response = client.get(ADMIN_ROUTE, mallory.token() + "x");

        assertUnauthorized(response);
        assertThat(response.body()).doesNotContain(mallory.token());
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("unauthorized");
    }

    private static JWTCreator.Builder claimsFor(Caller caller, String role) {
        return JWT.create()
                .withIssuer(JwtSettings.DEFAULT_ISSUER)
                .withSubject(caller.id())
                .withClaim("role", role)
                .withIssuedAt(Instant.now())
                .withExpiresAt(Instant.now().plusSeconds(600));
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
