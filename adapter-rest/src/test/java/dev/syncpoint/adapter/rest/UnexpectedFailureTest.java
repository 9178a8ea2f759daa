package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.memory.InMemoryAdapters;
import org.junit.jupiter.api.Test;

/** A failure nobody expected is a 500 problem with an incident id, and nothing of its insides. */
class UnexpectedFailureTest {

    @Test
    void aFailingStoreGivesA500ProblemWithoutStackTraceOrMessage() {
        try (TestServer server = TestServer.with()
                .stores(UnexpectedFailureTest::withBrokenHistory)
                .start()) {
            Caller alice = server.signUp("Alice");

            Response response = server.client().get("/api/v1/lock-statistics", alice.token());

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.problemType()).isEqualTo("internal-error");
            assertThat(response.json().path("incident").asText()).isNotBlank();
            assertThat(response.json().path("detail").asText())
                    .contains(response.json().path("incident").asText());
            assertThat(response.body())
                    .doesNotContain(FailingLockHistory.SECRET_DETAIL)
                    .doesNotContain("IllegalStateException")
                    .doesNotContain("at dev.syncpoint");
        }
    }

    private static InMemoryAdapters withBrokenHistory(InMemoryAdapters stores) {
        return new InMemoryAdapters(
                stores.lockStore(),
                new FailingLockHistory(),
                stores.appointmentStore(),
                stores.userStore(),
                stores.controlRequests(),
                stores.lockEvents(),
                stores.passwordHasher(),
                stores.accessTokens());
    }
}
