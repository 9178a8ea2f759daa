package dev.syncpoint.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures how long a lock change takes to reach its watchers over {@code /ws}: N subscribers watch one
 * appointment while one user acquires and releases it over HTTP, one change at a time. A sample is the
 * time from sending the HTTP request to a subscriber receiving the frame, so it includes the change
 * itself. Run by hand; never part of the build:
 *
 * <pre>
 * LiveLoadDriver [subscribers=1000] [changes=100] [nodes=1|2]
 * </pre>
 *
 * With {@code nodes=2} it starts two server nodes on one database and puts every subscriber on the node
 * the changes are not made on, so each sample crosses nodes through PostgreSQL {@code LISTEN/NOTIFY}.
 * The servers, the database and the clients share this JVM and this machine: the figures are what one
 * machine does with all of them, not what a server does alone.
 */
public final class LiveLoadDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ROUND_PATIENCE = Duration.ofSeconds(30);

    private final int subscribers;
    private final int changes;
    private final int nodes;

    private LiveLoadDriver(int subscribers, int changes, int nodes) {
        this.subscribers = subscribers;
        this.changes = changes;
        this.nodes = nodes;
    }

    public static void main(String[] args) throws Exception {
        int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int nodes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        if (nodes != 1 && nodes != 2) {
            throw new IllegalArgumentException("nodes is 1 or 2, was " + nodes);
        }
        new LiveLoadDriver(subscribers, changes, nodes).run();
    }

    private void run() throws Exception {
        Path data = Files.createTempDirectory("syncpoint-load");
        try (EmbeddedPostgres database = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start()) {
            Map<String, String> environment = Map.of(
                    "PORT",
                    "0",
                    "DATA_DIR",
                    data.toString(),
                    "DATABASE_URL",
                    "postgres://postgres:postgres@127.0.0.1:" + database.getPort() + "/postgres");
            List<SyncPointServer> servers = new ArrayList<>();
            try {
                for (int i = 0; i < nodes; i++) {
                    servers.add(SyncPointServer.start(ServerSettings.fromEnvironment(environment)));
                }
                measure(servers.get(0).port(), servers.get(nodes - 1).port());
            } finally {
                servers.forEach(SyncPointServer::close);
            }
        }
    }

    private void measure(int actingPort, int watchingPort) throws Exception {
        HttpCalls http = new HttpCalls(actingPort);
        String actor = signUp(http, "Load actor");
        String watcher = signUp(http, "Load watcher");
        String appointment = http.post(
                        "/api/v1/appointments",
                        actor,
                        Map.of(
                                "title", "Load",
                                "startDate", "2026-12-07T09:00:00Z",
                                "endDate", "2026-12-07T10:00:00Z"))
                .body()
                .path("id")
                .asText();

        Rounds rounds = new Rounds();
        HttpClient client = HttpClient.newHttpClient();
        List<WebSocket> sockets = connect(client, watchingPort, watcher, appointment, rounds);

        long[] samples = new long[subscribers * changes];
        int delivered = 0;
        int missing = 0;
        for (int change = 0; change < changes; change++) {
            boolean acquire = change % 2 == 0;
            Round current = rounds.next(acquire ? "lock-acquired" : "lock-released", subscribers);
            current.sentAt = System.nanoTime();
            http.post(
                    "/api/v1/appointments/" + appointment + (acquire ? "/acquire-lock" : "/release-lock"),
                    actor,
                    Map.of());
            if (!current.done.await(ROUND_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                missing += (int) current.done.getCount();
            }
            for (long arrival : current.arrivals()) {
                samples[delivered++] = arrival - current.sentAt;
            }
        }
        sockets.forEach(WebSocket::abort);

        report(Arrays.copyOf(samples, delivered), missing);
    }

    private List<WebSocket> connect(HttpClient client, int port, String token, String appointment, Rounds rounds)
            throws Exception {
        List<WebSocket> sockets = new ArrayList<>();
        List<CompletableFuture<Void>> subscribed = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            CompletableFuture<Void> ready = new CompletableFuture<>();
            // The token goes on the upgrade request, so the only frame a subscriber sends is its subscribe:
            // java.net.http allows one outstanding send per socket.
            WebSocket socket = client.newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(
                            URI.create("ws://127.0.0.1:" + port + "/ws"), new Subscriber(appointment, ready, rounds))
                    .get(30, TimeUnit.SECONDS);
            sockets.add(socket);
            subscribed.add(ready);
        }
        CompletableFuture.allOf(subscribed.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        return sockets;
    }

    private static String frame(String type, String field, String value) {
        return JSON.createObjectNode().put("type", type).put(field, value).toString();
    }

    private void report(long[] samples, int missing) {
        Arrays.sort(samples);
        System.out.printf(
                "nodes=%d subscribers=%d changes=%d delivered=%d missing=%d%n",
                nodes, subscribers, changes, samples.length, missing);
        if (samples.length == 0) {
            return;
        }
        System.out.printf(
                "delivery latency ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f%n",
                millis(percentile(samples, 50)),
                millis(percentile(samples, 90)),
                millis(percentile(samples, 99)),
                millis(samples[samples.length - 1]));
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String signUp(HttpCalls http, String name) {
        String email = "load-" + UUID.randomUUID() + "@example.com";
        HttpCalls.Answer answer = http.post(
                "/api/v1/auth/signup",
                null,
                Map.of(
                        "email",
                        email,
                        "name",
                        name,
                        "password",
                        UUID.randomUUID().toString()));
        if (answer.status() != 201 && answer.status() != 200) {
            throw new IllegalStateException("sign-up answered " + answer.status() + ": " + answer.body());
        }
        return answer.body().path("token").asText();
    }

    /** The change being measured now; frames of any other type or change are not counted. */
    private static final class Rounds {

        private final AtomicReference<Round> current = new AtomicReference<>();

        Round next(String frameType, int expected) {
            Round next = new Round(frameType, expected);
            current.set(next);
            return next;
        }

        void arrived(String frameType, long at) {
            Round now = current.get();
            if (now != null && now.type.equals(frameType)) {
                now.record(at);
            }
        }
    }

    /** One change and the arrivals of its frame; the driver waits for all of them before the next. */
    private static final class Round {

        private final String type;
        private final long[] arrivals;
        private final CountDownLatch done;
        private volatile long sentAt;
        private int count;

        Round(String type, int expected) {
            this.type = type;
            this.arrivals = new long[expected];
            this.done = new CountDownLatch(expected);
        }

        synchronized void record(long at) {
            if (count < arrivals.length) {
                arrivals[count++] = at;
                done.countDown();
            }
        }

        synchronized long[] arrivals() {
            return Arrays.copyOf(arrivals, count);
        }
    }

    private static final class Subscriber implements WebSocket.Listener {

        private final String appointment;
        private final CompletableFuture<Void> ready;
        private final Rounds rounds;
        private final StringBuilder partial = new StringBuilder();

        Subscriber(String appointment, CompletableFuture<Void> ready, Rounds rounds) {
            this.appointment = appointment;
            this.ready = ready;
            this.rounds = rounds;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long at = System.nanoTime();
            partial.append(data);
            if (last) {
                String type = type(partial.toString());
                partial.setLength(0);
                // Subscribing only once authenticated: a frame sent before the answer would be refused.
                if ("authenticated".equals(type)) {
                    socket.sendText(frame("subscribe", "appointmentId", appointment), true);
                } else if ("subscribed".equals(type)) {
                    ready.complete(null);
                } else {
                    rounds.arrived(type, at);
                }
            }
            socket.request(1);
            return null;
        }

        private static String type(String frame) {
            try {
                JsonNode json = JSON.readTree(frame);
                return json.path("type").asText();
            } catch (IOException e) {
                return "unreadable";
            }
        }
    }
}
