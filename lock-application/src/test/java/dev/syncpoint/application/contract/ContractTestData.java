package dev.syncpoint.application.contract;

import dev.syncpoint.application.port.out.UserAccount;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Values the contracts are written with. Every value is new, so tests never meet each other's data. */
public final class ContractTestData {

    /**
     * Where test clocks start: a whole second, so a store that keeps microseconds or seconds gives back
     * exactly the times it was given.
     */
    public static final Instant START = Instant.parse("2031-03-03T08:00:00Z");

    private ContractTestData() {}

    /** A person with a unique email; the name shows up in failure messages. */
    public static UserRef user(String name) {
        UserId id = UserId.random();
        return new UserRef(id, name, emailFor(name, id));
    }

    public static UserAccount account(String name, Role role) {
        UserId id = UserId.random();
        User user = new User(id, emailFor(name, id), name, role, START);
        return new UserAccount(user, "hash-of-" + id);
    }

    public static AppointmentDetailsBuilder appointment() {
        return new AppointmentDetailsBuilder();
    }

    /**
     * An id that sorts by {@code rank}. Its most significant bits are small and positive, so it sorts the
     * same whether a store compares ids as signed numbers (Java) or as unsigned bytes (PostgreSQL).
     */
    public static AppointmentId idRanked(int rank) {
        long randomTail = ThreadLocalRandom.current().nextLong();
        return new AppointmentId(new UUID(rank, randomTail));
    }

    private static String emailFor(String name, UserId id) {
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return local + "." + id.value().toString().substring(0, 8) + "@example.test";
    }
}
