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
import java.net.ConnectException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A store that cannot be reached is the server's temporary trouble: 503 with Retry-After, not a 500. */
class StoreOutageAnswerTest {

    private static final String DOWN = "PostgreSQL unavailable while reading history";

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
            assertThat(response.body()).doesNotContain("Connection refused").doesNotContain(DOWN);
        }
    }

    @Test
    void eachRequestThatMeetsAnOutageLogsOneWarningWithItsCauseAndNoStackTrace() {
        try (TestServer server = TestServer.with()
                .stores(StoreOutageAnswerTest::withUnreachableHistory)
                .start()) {
            Caller alice = server.signUp("Alice");
            String id = server.appointment(alice);

            List<String> log = CapturedLog.during(() -> {
                server.client().get("/api/v1/lock-statistics", alice.token());
                server.client().get(Appointments.path(id, "lock-history"), alice.token());
            });

            List<String> warnings =
                    log.stream().filter(line -> line.contains("WARN")).toList();
            assertThat(warnings)
                    .containsExactly(
                            "[" + jettyThread(log, 0) + "] WARN dev.syncpoint.adapter.rest.routes.ErrorAnswers - GET"
                                    + " /api/v1/lock-statistics answered 503, the store is unavailable: " + DOWN
                                    + " (ConnectException: Connection refused)",
                            "[" + jettyThread(log, 1) + "] WARN dev.syncpoint.adapter.rest.routes.ErrorAnswers - GET "
                                    + Appointments.path(id, "lock-history")
                                    + " answered 503, the store is unavailable: "
                                    + DOWN + " (ConnectException: Connection refused)");
            assertThat(log).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by"));
            assertThat(log).allMatch(line -> line.contains(" INFO ") || warnings.contains(line));
        }
    }

    /** The thread name of the {@code n}th warning, which Jetty picks from its pool. */
    private static String jettyThread(List<String> log, int n) {
        String line = log.stream().filter(l -> l.contains("WARN")).toList().get(n);
        return line.substring(1, line.indexOf(']'));
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
            return new StoreUnavailableException(DOWN, new ConnectException("Connection refused"));
        }
    }
}
