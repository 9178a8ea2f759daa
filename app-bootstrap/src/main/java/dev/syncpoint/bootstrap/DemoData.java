package dev.syncpoint.bootstrap;

import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.port.in.CreateAppointmentCommand;
import dev.syncpoint.application.port.in.SignUpCommand;
import dev.syncpoint.application.port.in.SignUpResult;
import dev.syncpoint.application.port.out.UserStore;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentStatus;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What demo mode starts with: two users, one admin and a week of appointments, made once. The passwords are
 * random, shown once on the console and kept in {@code demo-credentials.txt} in the data directory, readable
 * by its owner only; they are never written to the log.
 */
final class DemoData {

    static final String CREDENTIALS_FILE = "demo-credentials.txt";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();

    record Account(String email, String name, Role role, String password) {}

    /** Seeds an empty installation; answers the accounts made, or nothing when there was data already. */
    List<Account> seedIfEmpty(SyncPoint syncPoint, UserStore users, Path dataDirectory) {
        if (users.findByEmail("alice@example.com").isPresent()) {
            Path credentials = dataDirectory.resolve(CREDENTIALS_FILE);
            if (Files.exists(credentials)) {
                LOG.info("Demo data present; see {} for the demo accounts", credentials);
            } else {
                LOG.info("Demo data present, made by another node or an earlier start with another DATA_DIR; "
                        + "its demo-credentials.txt has the passwords");
            }
            return List.of();
        }

        List<Account> accounts = List.of(
                new Account("alice@example.com", "Alice Example", Role.USER, password()),
                new Account("bob@example.com", "Bob Example", Role.USER, password()),
                new Account("admin@example.com", "Ada Admin", Role.ADMIN, password()));
        List<User> made = new ArrayList<>();
        for (Account account : accounts) {
            made.add(signUp(syncPoint, account));
            if (account.role() == Role.ADMIN) {
                users.changeRole(made.get(made.size() - 1).id(), Role.ADMIN);
            }
        }
        appointments(syncPoint, made.get(0));
        keep(accounts, dataDirectory);
        LOG.info("Demo data created: {} accounts and a week of appointments", accounts.size());
        return accounts;
    }

    private static User signUp(SyncPoint syncPoint, Account account) {
        SignUpResult result =
                syncPoint.signUp().signUp(new SignUpCommand(account.email(), account.name(), account.password()));
        if (!(result instanceof SignUpResult.SignedUp signedUp)) {
            throw new IllegalStateException("demo account " + account.email() + " was refused: " + result);
        }
        return signedUp.user();
    }

    private static void appointments(SyncPoint syncPoint, User organizer) {
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        record Slot(int day, int hour, int minutes, String title, String location) {}
        List<Slot> slots = List.of(
                new Slot(0, 9, 30, "Weekly planning", "Room 1"),
                new Slot(1, 14, 60, "Dental check-up: P. Novak", "Surgery 2"),
                new Slot(2, 10, 45, "Supplier call", "Phone"),
                new Slot(3, 16, 30, "Front desk handover", "Reception"),
                new Slot(4, 11, 90, "Quarterly review", "Room 4"));
        for (Slot slot : slots) {
            OffsetDateTime start =
                    monday.plusDays(slot.day()).atTime(slot.hour(), 0).atOffset(ZoneOffset.UTC);
            AppointmentDetails details = new AppointmentDetails(
                    slot.title(),
                    "Demo appointment",
                    start,
                    start.plusMinutes(slot.minutes()),
                    AppointmentStatus.SCHEDULED,
                    slot.location(),
                    organizer.name(),
                    List.of("alice@example.com", "bob@example.com"));
            syncPoint.createAppointment().create(new CreateAppointmentCommand(organizer, details));
        }
    }

    private static void keep(List<Account> accounts, Path dataDirectory) {
        StringBuilder text = new StringBuilder("# email password role\n");
        accounts.forEach(a -> text.append(a.email())
                .append(' ')
                .append(a.password())
                .append(' ')
                .append(a.role().wireName())
                .append('\n'));
        try {
            OwnerOnlyFiles.write(dataDirectory.resolve(CREDENTIALS_FILE), text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the demo credentials in " + dataDirectory, e);
        }
    }

    private String password() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
