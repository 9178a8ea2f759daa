package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;

/** People, an appointment and a moment to build lock decisions from. */
final class LockSlotTestData {

    static final AppointmentId APPOINTMENT = AppointmentId.random();
    static final UserRef ALICE = user("Alice");
    static final UserRef BOB = user("Bob");
    static final UserRef ADMIN = user("Ada Admin");
    static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    static final Duration TTL = Duration.ofSeconds(300);

    private LockSlotTestData() {}

    static UserRef user(String name) {
        return new UserRef(UserId.random(), name, name.toLowerCase().replace(' ', '.') + "@example.org");
    }

    static LockSlot free() {
        return LockSlot.unlocked(APPOINTMENT);
    }

    /** A slot where {@code holder} took the lock at {@link #T0}. */
    static LockSlot heldBy(UserRef holder) {
        return free().acquire(holder, T0, TTL, java.util.OptionalLong.empty()).next();
    }
}
