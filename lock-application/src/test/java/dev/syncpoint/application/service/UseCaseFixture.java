package dev.syncpoint.application.service;

import dev.syncpoint.application.LockPolicy;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.application.contract.MutableClock;
import dev.syncpoint.application.memory.InMemoryAdapters;
import dev.syncpoint.application.memory.Pbkdf2PasswordHasher;
import dev.syncpoint.application.port.in.CreateAppointmentCommand;
import dev.syncpoint.application.port.out.UserAccount;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The use cases over in-memory adapters on a settable clock, with every published event recorded. A cheap
 * password hasher keeps sign-up tests quick; its strength is not what they are about.
 */
final class UseCaseFixture {

    final MutableClock clock = MutableClock.startingAt(ContractTestData.START);
    final InMemoryAdapters adapters =
            InMemoryAdapters.create(clock).withPasswordHasher(new Pbkdf2PasswordHasher(1_000));
    final SyncPoint syncPoint = SyncPoint.create(adapters, LockPolicy.defaults());
    final List<SyncEvent> events = new CopyOnWriteArrayList<>();

    UseCaseFixture() {
        adapters.lockEvents().subscribe(events::add);
    }

    User user(String name) {
        return store(name, Role.USER);
    }

    User admin(String name) {
        return store(name, Role.ADMIN);
    }

    Appointment appointment() {
        User organizer = user("Organizer");
        Appointment created = syncPoint
                .createAppointment()
                .create(new CreateAppointmentCommand(
                        organizer, ContractTestData.appointment().build()));
        events.clear();
        return created;
    }

    @SuppressWarnings("unchecked")
    <E extends SyncEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(e -> (E) e).toList();
    }

    private User store(String name, Role role) {
        UserAccount account = ContractTestData.account(name, role);
        adapters.userStore().add(account);
        return account.user();
    }
}
