package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Fifty people press "edit" at the same instant: exactly one gets the lock, and the history agrees. */
class AcquireRaceTest {

    private static final int RACERS = 50;

    @Test
    void exactlyOneOfFiftySimultaneousAcquiresWinsAndTheOthersAreToldWho() throws Exception {
        try (TestServer server = TestServer.start()) {
            List<Caller> racers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                racers.add(server.signUp("Racer " + i));
            }
            String appointment = server.appointment(racers.get(0));

            List<Response> answers = race(server, racers, appointment);

            List<Response> won = answers.stream().filter(r -> r.status() == 200).toList();
            List<Response> refused =
                    answers.stream().filter(r -> r.status() == 409).toList();
            assertThat(won).hasSize(1);
            assertThat(refused).hasSize(RACERS - 1);
            String winner =
                    won.get(0).json().path("lock").path("holder").path("id").asText();
            assertThat(refused).allSatisfy(answer -> {
                assertThat(answer.problemType()).isEqualTo("held-by-other");
                assertThat(answer.json().path("holder").path("id").asText()).isEqualTo(winner);
            });
            assertHistoryShowsOneGrant(server, racers.get(0), appointment, winner);
        }
    }

    /** Every racer has its own HTTP client and thread; a barrier lets them all go at once. */
    private static List<Response> race(TestServer server, List<Caller> racers, String appointment) throws Exception {
        CyclicBarrier start = new CyclicBarrier(racers.size());
        ExecutorService threads = Executors.newFixedThreadPool(racers.size());
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (Caller racer : racers) {
                ApiClient own = new ApiClient(server.api().port(), HttpClient.newHttpClient());
                pending.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return own.post(Appointments.path(appointment, "acquire-lock"), racer.token(), null);
                }));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pending) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void assertHistoryShowsOneGrant(
            TestServer server, Caller reader, String appointment, String winner) {
        JsonNode history = server.client()
                .get(Appointments.path(appointment, "lock-history"), reader.token())
                .json();
        JsonNode statistics = server.client()
                .get(Appointments.path(appointment, "lock-statistics"), reader.token())
                .json();

        assertThat(history.path("total").asLong()).isEqualTo(1);
        assertThat(history.path("items").get(0).path("action").asText()).isEqualTo("acquired");
        assertThat(history.path("items").get(0).path("holder").path("id").asText())
                .isEqualTo(winner);
        assertThat(statistics.path("conflicts").asLong()).isEqualTo(RACERS - 1);
    }
}
