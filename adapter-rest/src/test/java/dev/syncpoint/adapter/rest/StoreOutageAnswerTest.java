package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.memory.InMemoryAdapters;
import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.LockHistory;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.StoreUnavailableException;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.history.LockStatistics;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A store that cannot be reached is the server's temporary trouble: 503 with Retry-After, not a 500. */
class StoreOutageAnswerTest {

    @Test
    void anUnreachableStoreAnswers503WithRetryAfter() {
        try (TestServer server = TestServer.with()
                .stores(StoreOutageAnswerTest::withUnreachableHistory)
                .start()) {
            Caller alice = server.signUp("Alice");

            Response response = server.client().get("/api/v1/lock-statistics", alice.token());

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.problemType()).isEqualTo("store-unavailable");
            assertThat(response.header("Retry-After")).isEqualTo("5");
            assertThat(response.body()).doesNotContain("connection refused");
        }
    }

    private static InMemoryAdapters withUnreachableHistory(InMemoryAdapters stores) {
        return new InMemoryAdapters(
                stores.lockStore(),
                new UnreachableHistory(),
                stores.appointmentStore(),
                stores.userStore(),
                stores.controlRequests(),
                stores.lockEvents(),
                stores.passwordHasher(),
                stores.accessTokens());
    }

    /** Stands for a database that is down; every call fails as an adapter reports that. */
    private static final class UnreachableHistory implements LockHistory {

        @Override
        public Page<HistoryEntry> find(HistoryQuery query) {
            throw down();
        }

        @Override
        public LockStatistics statistics(Optional<AppointmentId> appointment) {
            throw down();
        }

        @Override
        public long deleteOlderThan(Instant cutoff) {
            throw down();
        }

        private static StoreUnavailableException down() {
            return new StoreUnavailableException("connection refused", new java.net.ConnectException());
        }
    }
}
