package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.LockPolicy;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.memory.InMemoryAdapters;
import dev.syncpoint.application.port.in.AcquireLockCommand;
import dev.syncpoint.application.port.in.CreateAppointmentCommand;
import dev.syncpoint.application.port.out.UserAccount;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.appointment.AppointmentStatus;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.DisconnectGrace;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockTtl;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;

/**
 * What all nodes of a test share, as they would share one database: the in-memory stores, one event port
 * and the use cases over them, on the system clock.
 */
final class Backend {

    private final Clock clock = Clock.systemUTC();
    private final InMemoryAdapters adapters = InMemoryAdapters.create(clock);
    private final SyncPoint syncPoint;

    private Backend(Duration disconnectGrace) {
        this.syncPoint =
                SyncPoint.create(adapters, new LockPolicy(LockTtl.DEFAULT, new DisconnectGrace(disconnectGrace)));
    }

    static Backend withGrace(Duration disconnectGrace) {
        return new Backend(disconnectGrace);
    }

    Clock clock() {
        return clock;
    }

    InMemoryAdapters adapters() {
        return adapters;
    }

    SyncPoint syncPoint() {
        return syncPoint;
    }

    Person user(String name) {
        return person(name, Role.USER);
    }

    Person admin(String name) {
        return person(name, Role.ADMIN);
    }

    AppointmentId appointment(Person owner) {
        OffsetDateTime start = OffsetDateTime.parse("2031-03-10T09:00:00+01:00");
        AppointmentDetails details = new AppointmentDetails(
                "Planning", "", start, start.plusHours(1), AppointmentStatus.SCHEDULED, "Room 4", "", List.of());
        return syncPoint
                .createAppointment()
                .create(new CreateAppointmentCommand(owner.user(), details))
                .id();
    }

    Lock acquire(Person who, AppointmentId appointment) {
        AcquireResult result =
                syncPoint.acquireLock().acquire(new AcquireLockCommand(appointment, who.user(), OptionalLong.empty()));
        assertThat(result).isInstanceOf(Acquired.class);
        return ((Acquired) result).lock();
    }

    private Person person(String name, Role role) {
        String email = name.toLowerCase() + "-" + UserId.random() + "@example.test";
        User user = new User(UserId.random(), email, name, role, clock.instant());
        assertThat(adapters.userStore().add(new UserAccount(user, "not-a-real-hash")))
                .isTrue();
        return new Person(user, adapters.accessTokens().issue(user).token());
    }
}
