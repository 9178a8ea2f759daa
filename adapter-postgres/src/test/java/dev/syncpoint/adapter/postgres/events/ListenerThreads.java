package dev.syncpoint.adapter.postgres.events;

import java.util.List;

/** The live listener threads of this JVM on one channel. */
final class ListenerThreads {

    private ListenerThreads() {}

    static List<Thread> on(String channel) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> thread.getName().equals("syncpoint-events-" + channel))
                .toList();
    }
}
