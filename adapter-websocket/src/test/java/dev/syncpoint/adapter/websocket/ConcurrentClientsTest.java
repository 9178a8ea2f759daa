package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syncpoint.application.port.in.ReleaseLockCommand;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.Lock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many clients subscribe and unsubscribe on their own threads while locks change on others. No client
 * hears about an appointment outside its subscription, none sees an error or is closed, and afterwards
 * every subscriber hears the next change.
 */
class ConcurrentClientsTest {

    private static final int CLIENTS = 24;
    private static final int ROUNDS = 15;

    private final Backend backend = Backend.withGrace(Duration.ofSeconds(30));
    private final Node node = Node.start(backend, LiveSettings.defaults());
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        node.close();
    }

    @Test
    void subscribers_churning_while_events_fire_all_hear_the_next_change() throws Exception {
        Person owner = backend.user("Owner");
        List<AppointmentId> appointments = List.of(backend.appointment(owner), backend.appointment(owner));
        List<Person> people = new ArrayList<>();
        List<TestSocket> sockets = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Person person = backend.user("Client" + i);
            people.add(person);
            sockets.add(node.login(person));
        }
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean churning = new AtomicBoolean(true);

        Future<?> changes = threads.submit(() -> changeLocksUntilStopped(owner, appointments, go, churning));
        List<Future<List<JsonNode>>> clients = new ArrayList<>();
        for (TestSocket socket : sockets) {
            clients.add(threads.submit(() -> churn(socket, appointments, go)));
        }
        go.countDown();
        for (Future<List<JsonNode>> client : clients) {
            List<JsonNode> heard = client.get(60, TimeUnit.SECONDS);
            assertThat(heard).noneMatch(frame -> frame.path("type").asText().equals("error"));
            assertOnlyWhileSubscribed(heard);
        }
        churning.set(false);
        changes.get(60, TimeUnit.SECONDS);

        Person observer = backend.user("Observer");
        List<String> everyone = new ArrayList<>(people.stream().map(Person::id).toList());
        everyone.add(observer.id());
        JsonNode answer = node.login(observer).subscribe(appointments.get(0));
        assertThat(answer.path("watchers").findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(everyone);
        for (TestSocket socket : sockets) {
            assertThat(hearsPresenceOf(socket, everyone)).isTrue();
        }

        Person marker = backend.user("Marker");
        for (AppointmentId appointment : appointments) {
            backend.acquire(marker, appointment);
        }
        for (TestSocket socket : sockets) {
            assertThat(hearsAcquiredBy(socket, marker)).isTrue();
            assertThat(socket.drain())
                    .noneMatch(frame -> frame.path("type").asText().equals("error"));
            assertThat(socket.isClosed()).isFalse();
        }
    }

    /** Ends subscribed to the first appointment, having come and gone on both; answers what it heard. */
    private static List<JsonNode> churn(TestSocket socket, List<AppointmentId> appointments, CountDownLatch go)
            throws InterruptedException {
        go.await();
        for (int round = 0; round < ROUNDS; round++) {
            AppointmentId appointment =
                    appointments.get(ThreadLocalRandom.current().nextInt(appointments.size()));
            socket.send("type", "subscribe", "appointmentId", appointment.toString());
            if (ThreadLocalRandom.current().nextBoolean()) {
                socket.send("type", "unsubscribe", "appointmentId", appointment.toString());
            }
        }
        socket.send("type", "subscribe", "appointmentId", appointments.get(0).toString());
        return socket.drain();
    }

    private Void changeLocksUntilStopped(
            Person owner, List<AppointmentId> appointments, CountDownLatch go, AtomicBoolean churning)
            throws InterruptedException {
        go.await();
        while (churning.get()) {
            for (AppointmentId appointment : appointments) {
                Lock lock = backend.acquire(owner, appointment);
                backend.syncPoint()
                        .releaseLock()
                        .release(new ReleaseLockCommand(
                                appointment, owner.user(), OptionalLong.empty(), Optional.of(lock.fencingToken())));
            }
        }
        return null;
    }

    /**
     * Every frame about an appointment arrives between a {@code subscribed} and the next
     * {@code unsubscribed} for it: never before the answer, never after leaving.
     */
    private static void assertOnlyWhileSubscribed(List<JsonNode> frames) {
        Set<String> subscribed = new HashSet<>();
        for (JsonNode frame : frames) {
            String type = frame.path("type").asText();
            String appointment = frame.path("appointmentId").asText();
            if (type.equals("subscribed")) {
                subscribed.add(appointment);
            } else if (type.equals("unsubscribed")) {
                subscribed.remove(appointment);
            } else {
                assertThat(subscribed)
                        .as("subscriptions when %s arrived", frame)
                        .contains(appointment);
            }
        }
    }

    /** Passes over other frames until a presence frame lists exactly these people. */
    private static boolean hearsPresenceOf(TestSocket socket, List<String> people) {
        while (true) {
            JsonNode frame = socket.skipTo("presence");
            List<String> ids = frame.path("watchers").findValuesAsText("id");
            if (ids.size() == people.size() && ids.containsAll(people)) {
                return true;
            }
        }
    }

    /** Passes over the frames of the churn until the marker's lock on the first appointment arrives. */
    private static boolean hearsAcquiredBy(TestSocket socket, Person marker) {
        while (true) {
            JsonNode frame = socket.next();
            assertThat(frame.path("type").asText()).isNotEqualTo("error");
            boolean acquired = frame.path("type").asText().equals("lock-acquired");
            if (acquired
                    && frame.path("lock").path("holder").path("id").asText().equals(marker.id())) {
                return true;
            }
        }
    }
}
