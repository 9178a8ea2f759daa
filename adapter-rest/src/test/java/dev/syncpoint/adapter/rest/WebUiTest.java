package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The web UI's files come from the same server, to anyone, while the API keeps asking for a token. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiTest {

    private final TestServer server = TestServer.start();
    private final ApiClient client = server.client();

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theRootServesThePageWithoutAToken() {
        Response page = client.get("/", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/js/app.js\">");
    }

    @Test
    void scriptsAreServedAsJavaScriptModulesAndRevalidatedOnEveryLoad() {
        Response script = client.get("/js/app.js", null);

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
        assertThat(script.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void theApiStillNeedsATokenAndUnknownPathsAreProblems() {
        assertThat(client.get("/api/v1/appointments", null).status()).isEqualTo(401);
        assertThat(client.get("/no-such-page.html", null).status()).isEqualTo(404);
    }
}
