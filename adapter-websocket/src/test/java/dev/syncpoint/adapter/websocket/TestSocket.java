package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real WebSocket client (java.net.http) that keeps every frame it receives, in order. Waits are
 * generous: they bound a test that would otherwise hang, they are never what a test asserts.
 */
final class TestSocket implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;
    private final boolean paused;

    record Closed(int code, String reason) {}

    private TestSocket(WebSocket.Builder builder, URI uri, boolean paused) {
        this.paused = paused;
        this.socket = builder.buildAsync(uri, new Collector()).join();
    }

    static TestSocket open(URI uri) {
        return new TestSocket(HTTP.newWebSocketBuilder(), uri, false);
    }

    static TestSocket openWithHeader(URI uri, String name, String value) {
        return new TestSocket(HTTP.newWebSocketBuilder().header(name, value), uri, false);
    }

    /** A client that reads nothing until {@link #resume()}, like a stalled browser tab. */
    static TestSocket openPaused(URI uri, String token) {
        return new TestSocket(HTTP.newWebSocketBuilder().header("Authorization", "Bearer " + token), uri, true);
    }

    void resume() {
        socket.request(Long.MAX_VALUE);
    }

    /** Sends an object built from alternating names and values. */
    void send(Object... namesAndValues) {
        ObjectNode frame = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            frame.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
        }
        sendText(frame.toString());
    }

    void sendText(String text) {
        socket.sendText(text, true).join();
    }

    void sendBinary(byte[] data) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(data), true).join();
    }

    /** Sends unless the connection has closed meanwhile, as a flooding client would. */
    void sendQuietly(String text) {
        try {
            socket.sendText(text, true).join();
        } catch (java.util.concurrent.CompletionException closedMeanwhile) {
            // The server may close the connection at any point of a flood.
        }
    }

    /** Every frame received so far and not yet taken. */
    List<JsonNode> received() {
        List<JsonNode> all = new ArrayList<>();
        frames.drainTo(all);
        return all;
    }

    /** The next frame, whatever its type. */
    JsonNode next() {
        try {
            JsonNode frame = frames.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                fail("no frame within " + PATIENCE);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next frame of this type, passing over presence and cursor frames, which come at any time. */
    JsonNode next(String type) {
        while (true) {
            JsonNode frame = next();
            String actual = frame.path("type").asText();
            if (actual.equals(type)) {
                return frame;
            }
            if (!actual.equals("presence") && !actual.equals("cursor-update")) {
                fail("expected a " + type + " frame but got " + frame);
            }
        }
    }

    /** The next frame of this type, passing over any others. */
    JsonNode skipTo(String type) {
        while (true) {
            JsonNode frame = next();
            if (frame.path("type").asText().equals(type)) {
                return frame;
            }
        }
    }

    /** The next presence frame that lists exactly these people. */
    JsonNode presenceOf(Person... people) {
        List<String> expected = new ArrayList<>();
        for (Person person : people) {
            expected.add(person.id());
        }
        while (true) {
            JsonNode frame = next("presence");
            List<String> ids = new ArrayList<>();
            frame.path("watchers").forEach(watcher -> ids.add(watcher.path("id").asText()));
            if (ids.size() == expected.size() && ids.containsAll(expected)) {
                return frame;
            }
        }
    }

    /**
     * Sends a ping and answers every frame that arrived before its pong. The server answers frames in
     * order, so anything already on its way to this client is in the list.
     */
    List<JsonNode> drain() {
        send("type", "ping");
        List<JsonNode> before = new ArrayList<>();
        while (true) {
            JsonNode frame = next();
            if (frame.path("type").asText().equals("pong")) {
                return before;
            }
            before.add(frame);
        }
    }

    Closed awaitClose() {
        return closed.orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
    }

    boolean isClosed() {
        return closed.isDone();
    }

    JsonNode subscribe(Object appointmentId) {
        send("type", "subscribe", "appointmentId", appointmentId.toString());
        JsonNode answer = next("subscribed");
        assertThat(answer.path("appointmentId").asText()).isEqualTo(appointmentId.toString());
        return answer;
    }

    /** Drops the TCP connection without a close handshake, as a crashed browser would. */
    void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the server sent a frame that is not JSON: " + text, e);
        }
    }

    private final class Collector implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            if (!paused) {
                webSocket.request(1);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(parse(partial.toString()));
                partial.setLength(0);
            }
            if (!paused) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}
