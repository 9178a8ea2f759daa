package dev.syncpoint.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.application.contract.HistoryInvariants;
import dev.syncpoint.application.contract.HistoryReader;
import dev.syncpoint.application.memory.InMemoryAdapters;
import dev.syncpoint.application.port.out.HistoryQuery;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.UserRef;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away and comes back while the adapter is in use. The test runs a server of its own
 * that keeps its data in a directory of the test, stops it and starts it again on the same port, so the
 * pool opened before the outage is the one that has to recover.
 */
class StoreOutageTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    /** A bound on every wait, so a hang fails the test instead of stalling the build; not a speed check. */
    private static final long PATIENCE_MILLIS = 60_000;

    @TempDir
    Path dataDirectory;

    private EmbeddedPostgres server;
    private PostgresDatabase database;
    private PostgresAdapters adapters;
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void startServerAndPool() {
        server = EmbeddedServers.startKeeping(dataDirectory, 0);
        PostgresSettings settings = TestDatabase.embeddedSettings(server.getPort())
                .inSchema("outage")
                .withPoolSize(2)
                .withConnectionTimeout(Duration.ofSeconds(1));
        database = PostgresDatabase.open(settings);
        InMemoryAdapters others = InMemoryAdapters.create();
        adapters =
                PostgresAdapters.create(database, others.lockEvents(), others.passwordHasher(), others.accessTokens());
    }

    @AfterEach
    void stopServerAndPool() throws Exception {
        database.close();
        server.close();
    }

    @Test
    void callsWhileTheServerIsDownFailAsUnavailableAndTheSamePoolWorksOnceItIsBack() throws Exception {
        AppointmentId appointment = newAppointment();
        UserRef alice = ContractTestData.user("Alice");
        Lock before = ((Acquired) adapters.lockStore().acquire(appointment, alice, TTL, OptionalLong.empty())).lock();

        server.close();

        assertThatThrownBy(() -> adapters.lockStore().status(appointment))
                .isInstanceOf(dev.syncpoint.application.port.out.StoreUnavailableException.class);
        assertThatThrownBy(() -> adapters.lockStore().acquire(appointment, alice, TTL, OptionalLong.empty()))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> adapters.appointmentStore().find(appointment))
                .isInstanceOf(StoreUnavailableException.class);

        restartServer();

        assertThat(eventually(() -> adapters.lockStore().status(appointment)).lock())
                .contains(before);
    }

    @Test
    void anOutageInTheMiddleOfARunGivesOnlyUnavailableAnswersAndLeavesAConsistentHistory() throws Exception {
        AppointmentId appointment = newAppointment();
        AtomicBoolean running = new AtomicBoolean(true);
        CompletableFuture<Void> editor = CompletableFuture.runAsync(() -> edit(appointment, running));

        awaitOutcome(outcome -> outcome == Outcome.DONE);
        server.close();
        awaitOutcome(outcome -> outcome == Outcome.UNAVAILABLE);
        restartServer();
        awaitOutcome(outcome -> outcome == Outcome.DONE);
        running.set(false);
        editor.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);

        assertThat(outcomes).doesNotContain(Outcome.OTHER_FAILURE);
        assertThat(phases()).containsSubsequence(Outcome.DONE, Outcome.UNAVAILABLE, Outcome.DONE);
        HistoryQuery all = HistoryQuery.forAppointment(appointment, PageRequest.first(PageRequest.MAX_LIMIT));
        HistoryInvariants.assertConsistent(
                HistoryReader.readAll(adapters.lockHistory(), all),
                adapters.lockStore().liveLocks());
    }

    /** Acquires and releases until told to stop, noting how each call ended. */
    private void edit(AppointmentId appointment, AtomicBoolean running) {
        UserRef bob = ContractTestData.user("Bob");
        while (running.get()) {
            note(() -> adapters.lockStore().acquire(appointment, bob, TTL, OptionalLong.empty()));
            note(() -> adapters.lockStore().release(appointment, bob.id(), OptionalLong.empty(), Optional.empty()));
        }
    }

    private void note(Runnable call) {
        try {
            call.run();
            outcomes.add(Outcome.DONE);
        } catch (StoreUnavailableException e) {
            outcomes.add(Outcome.UNAVAILABLE);
        } catch (RuntimeException e) {
            outcomes.add(Outcome.OTHER_FAILURE);
        }
    }

    /** Waits until a call made from now on ends as {@code wanted} says. */
    private void awaitOutcome(Predicate<Outcome> wanted) throws InterruptedException {
        int from = outcomes.size();
        long giveUpAt = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (System.currentTimeMillis() < giveUpAt) {
            synchronized (outcomes) {
                if (outcomes.subList(from, outcomes.size()).stream().anyMatch(wanted)) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no call ended as expected; outcomes since: " + phases());
    }

    /** The outcomes with repeats collapsed: the phases the run went through. */
    private List<Outcome> phases() {
        List<Outcome> phases = new ArrayList<>();
        synchronized (outcomes) {
            for (Outcome outcome : outcomes) {
                if (phases.isEmpty() || phases.get(phases.size() - 1) != outcome) {
                    phases.add(outcome);
                }
            }
        }
        return phases;
    }

    private AppointmentId newAppointment() {
        return adapters.appointmentStore()
                .create(AppointmentId.random(), ContractTestData.appointment().build())
                .id();
    }

    private void restartServer() {
        server = EmbeddedServers.startKeeping(dataDirectory, server.getPort());
    }

    /**
     * Retries a call that may meet a connection the outage broke; the pool replaces such connections by
     * itself, so a few attempts must do.
     */
    private static <T> T eventually(Supplier<T> call) {
        StoreUnavailableException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return call.get();
            } catch (StoreUnavailableException e) {
                last = e;
            }
        }
        throw last;
    }

    private enum Outcome {
        DONE,
        UNAVAILABLE,
        OTHER_FAILURE
    }
}
