package dev.syncpoint.example;

import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.memory.InMemoryAdapters;
import dev.syncpoint.application.port.in.AcquireLockCommand;
import dev.syncpoint.application.port.in.CreateAppointmentCommand;
import dev.syncpoint.application.port.in.ReleaseLockCommand;
import dev.syncpoint.application.port.in.SignUpCommand;
import dev.syncpoint.application.port.in.SignUpResult;
import dev.syncpoint.application.port.in.UpdateAppointmentCommand;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentStatus;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.AppointmentChanged;
import dev.syncpoint.domain.lock.HeldByOther;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.UpdateAppointmentResult;
import dev.syncpoint.domain.user.User;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The embedding example of the README, kept here so a test compiles and runs it. The README shows the body
 * of {@link #run} between the {@code readme:start} and {@code readme:end} lines, word for word.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {}

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        // readme:start
        InMemoryAdapters adapters = InMemoryAdapters.create();
        SyncPoint syncPoint = SyncPoint.create(adapters);
        adapters.lockEvents()
                .subscribe(event -> out.println("event: " + event.getClass().getSimpleName()));

        User alice = signUp(syncPoint, "alice@example.org", "Alice");
        User bob = signUp(syncPoint, "bob@example.org", "Bob");
        OffsetDateTime start = OffsetDateTime.parse("2027-01-11T09:00:00+01:00");
        AppointmentDetails details = new AppointmentDetails(
                "Quarterly review",
                "",
                start,
                start.plusHours(1),
                AppointmentStatus.SCHEDULED,
                "Room 4",
                "",
                List.of());
        Appointment review = syncPoint.createAppointment().create(new CreateAppointmentCommand(alice, details));

        // Alice takes the lock; the answer is a value, not an exception.
        AcquireResult first =
                syncPoint.acquireLock().acquire(new AcquireLockCommand(review.id(), alice, OptionalLong.empty()));
        Lock lock = ((Acquired) first).lock();
        out.println("Alice holds the lock, fencing token " + lock.fencingToken() + ", until " + lock.expiresAt());

        // Bob is refused and told who holds it.
        AcquireResult second =
                syncPoint.acquireLock().acquire(new AcquireLockCommand(review.id(), bob, OptionalLong.empty()));
        if (second instanceof HeldByOther held) {
            out.println("Bob must wait: " + held.current().holder().name() + " is editing");
        }

        // Only the holder, with her fencing token and the version she read, may change the appointment.
        AppointmentDetails moved = new AppointmentDetails(
                "Quarterly review",
                "",
                start,
                start.plusHours(2),
                AppointmentStatus.SCHEDULED,
                "Room 5",
                "",
                List.of());
        UpdateAppointmentResult update = syncPoint
                .updateAppointment()
                .update(new UpdateAppointmentCommand(review.id(), alice, moved, lock.fencingToken(), review.version()));
        if (update instanceof AppointmentChanged changed) {
            out.println("Saved version " + changed.appointment().version());
        }

        syncPoint
                .releaseLock()
                .release(new ReleaseLockCommand(
                        review.id(), alice, OptionalLong.empty(), Optional.of(lock.fencingToken())));
        // readme:end
    }

    private static User signUp(SyncPoint syncPoint, String email, String name) {
        SignUpResult result = syncPoint.signUp().signUp(new SignUpCommand(email, name, "a long enough password"));
        return ((SignUpResult.SignedUp) result).user();
    }
}
