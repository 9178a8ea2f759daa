package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthRoutesTest {

    private final TestServer server = TestServer.start();
    private final ApiClient client = server.client();

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void signingUpOpensAPlainUserAccountAndSignsItsOwnerIn() {
        Response response = client.post(
                "/api/v1/auth/signup",
                null,
                TestJson.object("email", "Dana.Signup@Example.test", "name", " Dana ", "password", "long enough"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode user = response.json().path("user");
        assertThat(user.path("email").asText()).isEqualTo("dana.signup@example.test");
        assertThat(user.path("name").asText()).isEqualTo("Dana");
        assertThat(user.path("role").asText()).isEqualTo("user");
        assertThat(response.json().path("token").asText()).isNotBlank();
        assertThat(response.json().path("expiresAt").asText()).endsWith("Z");
    }

    @Test
    void aRoleInTheSignUpBodyIsRefusedAsAnUnknownField() {
        Response response = client.post(
                "/api/v1/auth/signup",
                null,
                TestJson.object(
                        "email", "eve@example.test", "name", "Eve", "password", "long enough", "role", "admin"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("invalid-request");
        assertThat(response.json().path("violations").get(0).path("field").asText())
                .isEqualTo("role");
        assertThat(response.json().path("detail").asText())
                .isEqualTo("unknown field 'role'; the fields here are email, name, password");
    }

    @Test
    void aSignUpWithMissingFieldsNamesEachOfThem() {
        Response response = client.post("/api/v1/auth/signup", null, TestJson.object("name", "Frank"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("violations").findValuesAsText("field")).containsExactly("email", "password");
        assertThat(response.json().path("detail").asText()).isEqualTo("email is required; password is required");
    }

    @Test
    void aSignUpThatBreaksTheAccountRulesSaysWhichRule() {
        Response response = client.post(
                "/api/v1/auth/signup",
                null,
                TestJson.object("email", "not-an-email", "name", "Gil", "password", "short"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("violations").findValuesAsText("field")).containsExactly("email", "password");
    }

    @Test
    void aSecondAccountWithTheSameEmailIsAConflict() {
        Caller first = server.signUp("Hana");

        Response again = client.post(
                "/api/v1/auth/signup",
                null,
                TestJson.object("email", first.email().toUpperCase(), "name", "Hana Two", "password", "long enough"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("email-taken");
    }

    @Test
    void signingInWithTheRightPasswordGivesATokenThatTheSessionRouteAccepts() {
        Caller ivan = server.signUp("Ivan");

        Response signedIn = client.post(
                "/api/v1/auth/signin", null, TestJson.object("email", ivan.email(), "password", TestServer.PASSWORD));
        Response session =
                client.get("/api/v1/auth/session", signedIn.json().path("token").asText());

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.json().path("user").path("id").asText()).isEqualTo(ivan.id());
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        Caller jo = server.signUp("Jo");

        Response wrongPassword = client.post(
                "/api/v1/auth/signin", null, TestJson.object("email", jo.email(), "password", "not the password"));
        Response unknownEmail = client.post(
                "/api/v1/auth/signin",
                null,
                TestJson.object("email", "nobody@example.test", "password", TestServer.PASSWORD));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.problemType()).isEqualTo("invalid-credentials");
        assertThat(unknownEmail.json().path("detail"))
                .isEqualTo(wrongPassword.json().path("detail"));
    }

    @Test
    void aSignInWithoutPasswordIsBadInputNotAFailedSignIn() {
        Response response = client.post("/api/v1/auth/signin", null, TestJson.object("email", "kim@example.test"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("violations").findValuesAsText("field")).containsExactly("password");
    }

    @Test
    void theSessionRouteNeedsAToken() {
        Response response = client.get("/api/v1/auth/session", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("unauthorized");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().path("instance").asText()).isEqualTo("/api/v1/auth/session");
    }
}
