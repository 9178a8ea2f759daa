package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;

/** One server node: a real Javalin server on a free loopback port with only the live channel on it. */
final class Node implements AutoCloseable {

    private final LiveUpdates live;
    private final Javalin server;

    private Node(Backend backend, LiveSettings settings) {
        this.live = LiveUpdates.create(backend.syncPoint(), backend.adapters().lockEvents(), settings, backend.clock());
        this.server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    live.register(config);
                })
                .start("127.0.0.1", 0);
    }

    static Node start(Backend backend, LiveSettings settings) {
        return new Node(backend, settings);
    }

    LiveUpdates live() {
        return live;
    }

    URI uri() {
        return URI.create("ws://127.0.0.1:" + server.port() + "/ws");
    }

    /** A connection that has not authenticated yet. */
    TestSocket connect() {
        return TestSocket.open(uri());
    }

    /** A connection authenticated as {@code who} with an auth frame. */
    TestSocket login(Person who) {
        TestSocket socket = connect();
        socket.send("type", "auth", "token", who.token());
        assertThat(socket.next("authenticated").path("user").path("id").asText())
                .isEqualTo(who.id());
        return socket;
    }

    @Override
    public void close() {
        live.close();
        server.stop();
    }
}
