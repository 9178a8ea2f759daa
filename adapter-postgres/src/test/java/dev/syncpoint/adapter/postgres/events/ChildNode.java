package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.adapter.postgres.PostgresDatabase;
import dev.syncpoint.adapter.postgres.PostgresSettings;
import dev.syncpoint.application.contract.RecordingListener;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.event.SyncEvent.AppointmentDeleted;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Instant;
import java.util.UUID;

/**
 * A node in a JVM of its own, started by {@link ChildProcessDeliveryTest}. It says {@value #READY}
 * once it listens, waits for the parent's event number 0, answers with events 1 to {@code count},
 * and exits 0; it exits 3 if the parent's event never came. The database comes from the
 * environment, so a password never shows on a command line.
 */
public final class ChildNode {

    static final String READY = "listening";

    static final String URL = "SYNCPOINT_CHILD_JDBC_URL";
    static final String USER = "SYNCPOINT_CHILD_USER";
    static final String PASSWORD = "SYNCPOINT_CHILD_PASSWORD";
    static final String SCHEMA = "SYNCPOINT_CHILD_SCHEMA";

    private ChildNode() {}

    /** @param args the run's id, shared with the parent, and how many events to answer with */
    public static void main(String[] args) {
        UUID run = UUID.fromString(args[0]);
        int count = Integer.parseInt(args[1]);
        PostgresSettings settings = PostgresSettings.of(
                        System.getenv(URL), System.getenv(USER), System.getenv(PASSWORD))
                .inSchema(System.getenv(SCHEMA))
                .withPoolSize(2);

        try (PostgresDatabase database = PostgresDatabase.open(settings);
                PostgresLockEvents events = PostgresLockEvents.open(database)) {
            RecordingListener heard = new RecordingListener();
            events.subscribe(heard);
            System.out.println(READY);
            System.out.flush();

            awaitParent(heard, run);
            for (int number = 1; number <= count; number++) {
                events.publish(event(run, number));
            }
        }
    }

    /** The event numbered {@code number} of {@code run}; parent and child make the same ones. */
    static SyncEvent event(UUID run, int number) {
        UserRef sender = new UserRef(new UserId(run), "Child process", "child@example.test");
        AppointmentId appointment = new AppointmentId(new UUID(run.getMostSignificantBits(), number));
        return new AppointmentDeleted(appointment, sender, Instant.EPOCH.plusSeconds(number));
    }

    private static void awaitParent(RecordingListener heard, UUID run) {
        try {
            heard.awaitEvent(event(run, 0));
        } catch (AssertionError e) {
            System.err.println("the parent's event never came: " + e.getMessage());
            System.exit(3);
        }
    }
}
