package dev.syncpoint.adapter.postgres.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.adapter.postgres.PostgresSettings;
import dev.syncpoint.adapter.postgres.TestDatabase;
import dev.syncpoint.adapter.postgres.TestSchema;
import dev.syncpoint.domain.event.SyncEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events cross between two JVMs, as between two server processes on one database. */
class ChildProcessDeliveryTest {

    /** Far more than a JVM needs to start and answer; reaching it is a failure. */
    private static final long PATIENCE_SECONDS = 120;

    private static final int ANSWERS = 25;

    @TempDir
    Path directory;

    private TestSchema schema;
    private Node parent;
    private Process child;

    @BeforeEach
    void startParentNode() {
        schema = TestDatabase.freshSchema();
        parent = Node.on(schema.database().settings());
    }

    @AfterEach
    void stopEverything() {
        if (child != null) {
            child.destroyForcibly();
        }
        parent.close();
        schema.close();
    }

    @Test
    void anEventFromThisProcessReachesTheChildAndTheChildsEventsReachThisProcessInOrder() throws Exception {
        UUID run = UUID.randomUUID();
        Path childLog = directory.resolve("child.log");
        child = startChild(run, childLog);
        awaitReady(child, childLog);

        parent.events().publish(ChildNode.event(run, 0));

        // The parent hears its own event at once, then the child's answers, in the order sent.
        List<SyncEvent> expected = IntStream.rangeClosed(0, ANSWERS)
                .mapToObj(number -> ChildNode.event(run, number))
                .toList();
        assertThat(parent.heard().awaitAtLeast(expected.size()))
                .as("events heard; the child's log:%n%s", Files.readString(childLog))
                .containsExactlyElementsOf(expected);
        assertThat(child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue())
                .as("child's exit; its log:%n%s", Files.readString(childLog))
                .isZero();
    }

    private Process startChild(UUID run, Path childLog) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ChildNode.class.getName(),
                run.toString(),
                Integer.toString(ANSWERS));
        PostgresSettings settings = schema.database().settings();
        Map<String, String> environment = builder.environment();
        environment.put(ChildNode.URL, settings.jdbcUrl());
        environment.put(ChildNode.USER, settings.user());
        environment.put(ChildNode.PASSWORD, settings.password());
        environment.put(ChildNode.SCHEMA, settings.schema().orElseThrow());
        return builder.redirectError(childLog.toFile()).start();
    }

    /** Waits, with a bound, for the child to say it listens. */
    private static void awaitReady(Process child, Path childLog) throws Exception {
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> firstLine(child));

        String line = firstLine.get(PATIENCE_SECONDS, TimeUnit.SECONDS);

        assertThat(line)
                .as("child's first line; its log:%n%s", Files.readString(childLog))
                .isEqualTo(ChildNode.READY);
    }

    private static String firstLine(Process child) {
        try {
            return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)).readLine();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the child's output", e);
        }
    }
}
