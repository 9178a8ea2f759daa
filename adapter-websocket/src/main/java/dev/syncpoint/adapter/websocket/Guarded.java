package dev.syncpoint.adapter.websocket;

import org.slf4j.Logger;

/** Periodic work that must survive its own failures: a scheduled task that throws is never run again. */
final class Guarded {

    private Guarded() {}

    static Runnable task(Logger log, String what, Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("{} failed; will try again", what, e);
            }
        };
    }
}
