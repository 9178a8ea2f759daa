package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.memory.InMemoryAdapters;
import dev.syncpoint.application.port.out.PasswordHasher;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;

/** Stopping the server lets a request that is being served finish with its real answer. */
class GracefulStopTest {

    @Test
    void aRequestInFlightWhenStopIsCalledStillGetsItsAnswer() throws Exception {
        GatedHasher gate = new GatedHasher();
        TestServer server =
                TestServer.with().stores(stores -> withHasher(stores, gate)).start();
        ApiClient client = server.client();

        CompletableFuture<Response> signUp = CompletableFuture.supplyAsync(() -> client.post(
                "/api/v1/auth/signup",
                null,
                TestJson.object("email", "slow@example.test", "name", "Slow", "password", "long enough")));
        assertThat(gate.entered.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
        awaitStopping(server);
        gate.open.countDown();

        assertThat(signUp.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
        stopping.get(30, TimeUnit.SECONDS);
        assertThat(server.api().javalin().jettyServer().server().isStopped()).isTrue();
    }

    /** Waits until Jetty has begun to stop, so the request is truly in flight during the stop. */
    private static void awaitStopping(TestServer server) throws InterruptedException {
        Server jetty = server.api().javalin().jettyServer().server();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!jetty.isStopping() && !jetty.isStopped() && System.nanoTime() < giveUp) {
            Thread.sleep(5);
        }
    }

    private static InMemoryAdapters withHasher(InMemoryAdapters stores, PasswordHasher hasher) {
        return stores.withPasswordHasher(hasher);
    }

    /** A password hasher that holds each sign-up until the test opens the gate. */
    private static final class GatedHasher implements PasswordHasher {

        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch open = new CountDownLatch(1);

        @Override
        public String hash(String password) {
            entered.countDown();
            try {
                open.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "gated$" + password.length();
        }

        @Override
        public boolean matches(String password, String hash) {
            return false;
        }
    }
}
