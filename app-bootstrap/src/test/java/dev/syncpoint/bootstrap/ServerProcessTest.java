package dev.syncpoint.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Main} in a process of its own, as an operator runs it: refusing bad configuration, and SIGTERM. */
class ServerProcessTest {

    private static final Pattern UP = Pattern.compile("SyncPoint is up on http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dataDirectory;

    private Process process;

    @AfterEach
    void killLeftovers() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Test
    void productionWithoutSecretOrDatabaseRefusesToStartAndSaysWhatToSet() throws Exception {
        process = launch(Map.of("APP_ENV", "production"));
        Output output = Output.of(process);

        boolean exited = process.waitFor(60, TimeUnit.SECONDS);

        assertThat(exited).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output.text()).contains("JWT_SECRET").contains("DATABASE_URL");
        assertThat(Path.of(dataDirectory.toString(), "postgres")).doesNotExist();
    }

    @Test
    void sigtermStopsEveryPartInOrderAndKeepsTheData() throws Exception {
        process = launch(Map.of("PORT", "0"));
        Output output = Output.of(process);
        int port = output.awaitPort();
        int health = new HttpCalls(port).get("/health", null).status();

        // SIGTERM, through the handle: Process.destroy() would also close the pipe we read the log from.
        process.toHandle().destroy();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);

        assertThat(health).isEqualTo(200);
        assertThat(exited).isTrue();
        assertThat(output.text())
                .containsSubsequence(
                        "Stopping SyncPoint",
                        "HTTP API stopped",
                        "Expiry sweeper stopped",
                        "pool",
                        "Embedded PostgreSQL stopped",
                        "SyncPoint stopped");
        assertThat(dataDirectory.resolve("postgres").resolve("PG_VERSION")).exists();
        assertThat(output.text())
                .as("demo passwords go to the console once, never to a log line")
                .doesNotContainPattern("\\[(INFO|WARN)\\].*" + demoPassword(1));
    }

    @Test
    void aPortInUseEndsTheProcessAndStopsTheEmbeddedDatabaseItStarted() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            process = launch(Map.of("PORT", Integer.toString(taken.getLocalPort())));
            Output output = Output.of(process);

            boolean exited = process.waitFor(120, TimeUnit.SECONDS);

            assertThat(exited).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(output.text()).contains("SyncPoint could not start").contains("Embedded PostgreSQL stopped");
            assertThat(output.text())
                    .as("the cause on one line, not a stack trace")
                    .containsPattern("could not start: .*" + taken.getLocalPort())
                    .doesNotContain("\tat ");
            assertThat(dataDirectory.resolve("postgres").resolve("postmaster.pid"))
                    .as("a running PostgreSQL keeps this file; a stopped one removes it")
                    .doesNotExist();
        }
    }

    /**
     * The embedded database must outlive the requests still running when SIGTERM arrives: a request is
     * either answered as usual or refused at the door, never told the database is gone.
     */
    @Test
    void sigtermUnderLoadLetsEveryRequestInFlightFinish() throws Exception {
        process = launch(Map.of("PORT", "0"));
        Output output = Output.of(process);
        HttpCalls http = new HttpCalls(output.awaitPort());
        String token = http.signIn("alice@example.com", demoPassword(1));
        String id = http.get("/api/v1/appointments?limit=1", token)
                .body()
                .path("items")
                .get(0)
                .path("id")
                .asText();
        http.post("/api/v1/appointments/" + id + "/acquire-lock", token, Map.of());
        List<String> statuses = new CopyOnWriteArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 16; i++) {
            callers.submit(() -> heartbeatUntilRefused(http, id, token, statuses));
        }

        while (statuses.size() < 100) {
            Thread.sleep(10);
        }
        process.toHandle().destroy();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        callers.shutdown();
        boolean callersDone = callers.awaitTermination(60, TimeUnit.SECONDS);

        assertThat(exited).isTrue();
        assertThat(callersDone).isTrue();
        assertThat(statuses).contains("200");
        assertThat(statuses)
                .as("every answer is a success, or Jetty's 503 to a request that came after the stop began")
                .allMatch(answer -> answer.equals("200") || answer.startsWith("503 {\"type\":\"about:blank\""));
    }

    private static void heartbeatUntilRefused(HttpCalls http, String id, String token, List<String> statuses) {
        try {
            while (true) {
                HttpCalls.Answer answer = http.post("/api/v1/appointments/" + id + "/heartbeat", token, Map.of());
                statuses.add(answer.status() == 200 ? "200" : answer.status() + " " + answer.body());
            }
        } catch (RuntimeException refusedOrCut) {
            // The server has stopped listening: the end of the run, not a finding.
        }
    }

    private String demoPassword(int line) throws IOException {
        return java.nio.file.Files.readAllLines(dataDirectory.resolve(DemoData.CREDENTIALS_FILE))
                .get(line)
                .split(" ")[1];
    }

    private Process launch(Map<String, String> env) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectErrorStream(true);
        builder.environment()
                .keySet()
                .removeIf(name -> name.startsWith("DB_")
                        || name.equals("DATABASE_URL")
                        || name.equals("JWT_SECRET")
                        || name.equals("APP_ENV")
                        || name.equals("PORT"));
        builder.environment().put("DATA_DIR", dataDirectory.toString());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Everything the process writes, read on a thread of its own so the process never blocks on output. */
    private static final class Output {

        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final BlockingQueue<Integer> ports = new LinkedBlockingQueue<>();

        static Output of(Process process) {
            Output output = new Output();
            Thread reader = new Thread(() -> output.read(process), "server-output");
            reader.setDaemon(true);
            reader.start();
            return output;
        }

        private void read(Process process) {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                    Matcher up = UP.matcher(line);
                    if (up.find()) {
                        ports.add(Integer.parseInt(up.group(1)));
                    }
                }
            } catch (IOException e) {
                lines.add("output ended: " + e);
            }
        }

        int awaitPort() throws InterruptedException {
            Integer port = ports.poll(120, TimeUnit.SECONDS);
            if (port == null) {
                throw new AssertionError("the server did not come up; it printed:\n" + text());
            }
            return port;
        }

        String text() {
            return String.join("\n", lines);
        }
    }
}
