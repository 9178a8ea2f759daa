package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.fail;

import java.util.function.BooleanSupplier;

/** Waits, up to the same generous patience as the sockets, for a condition that follows from an action. */
final class Eventually {

    private Eventually() {}

    static void holds(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TestSocket.PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("the condition did not hold within " + TestSocket.PATIENCE);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
