package dev.syncpoint.application.contract;

import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What every thread of one race shares: the store, the appointments and people, the latch that starts them
 * all at once, and how long they run.
 *
 * @param maxOperations a bound on each thread's calls, so a fast store does not write an unreadably long
 *     history before {@code runFor} has passed
 */
public record RaceSetup(
        LockStore store,
        List<AppointmentId> appointments,
        List<UserRef> everyone,
        CountDownLatch start,
        Duration runFor,
        int maxOperations) {

    public RaceSetup {
        appointments = List.copyOf(appointments);
        everyone = List.copyOf(everyone);
    }

    /** Waits for the start and answers when, by {@link System#nanoTime()}, this thread is to stop. */
    long awaitStart() throws InterruptedException {
        if (!start.await(Simultaneously.PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the race never started");
        }
        return System.nanoTime() + runFor.toNanos();
    }
}
