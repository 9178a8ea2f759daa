package dev.syncpoint.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A real WebSocket client of a started server's {@code /ws}: it signs in with the first frame and keeps
 * every frame it receives, in order, for a test to wait on.
 */
final class LiveSocket implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> unread = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    private LiveSocket(HttpClient client, int port) {
        this.socket = client.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new Listener())
                .join();
    }

    /** Connects and authenticates; fails unless the server answers {@code authenticated}. */
    static LiveSocket signedIn(HttpClient client, int port, String token) {
        LiveSocket live = new LiveSocket(client, port);
        live.send(JSON.createObjectNode().put("type", "auth").put("token", token));
        live.await("authenticated");
        return live;
    }

    void subscribe(Object appointmentId) {
        send(JSON.createObjectNode().put("type", "subscribe").put("appointmentId", appointmentId.toString()));
        await(frame -> is(frame, "subscribed") && appointmentId.toString().equals(text(frame, "appointmentId")));
    }

    void cursor(Object appointmentId, double x, double y) {
        send(JSON.createObjectNode()
                .put("type", "cursor-position")
                .put("appointmentId", appointmentId.toString())
                .put("x", x)
                .put("y", y));
    }

    void send(ObjectNode frame) {
        socket.sendText(frame.toString(), true).join();
    }

    JsonNode await(String type) {
        return await(frame -> is(frame, type));
    }

    /** The first unread frame that matches, skipping (and dropping) the frames before it. */
    JsonNode await(Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> skipped = new ArrayList<>();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode frame = unread.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame == null) {
                    break;
                }
                if (wanted.test(frame)) {
                    return frame;
                }
                skipped.add(text(frame, "type"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no such frame within " + PATIENCE + "; frames seen meanwhile: " + skipped);
    }

    /** Every frame that arrives within {@code wait}, without waiting on any in particular. */
    List<JsonNode> drain(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        List<JsonNode> frames = new ArrayList<>();
        unread.drainTo(frames);
        return frames;
    }

    static boolean is(JsonNode frame, String type) {
        return type.equals(text(frame, "type"));
    }

    static String text(JsonNode frame, String field) {
        return frame.path(field).asText(null);
    }

    int awaitClose() throws InterruptedException, ExecutionException, TimeoutException {
        return closeCode.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "test done").exceptionally(e -> null);
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                unread.add(read(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }

        private JsonNode read(String text) {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException("the server sent a frame that is not JSON: " + text, e);
            }
        }
    }
}
