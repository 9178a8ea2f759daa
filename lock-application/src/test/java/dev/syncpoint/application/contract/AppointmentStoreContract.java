package dev.syncpoint.application.contract;

import static dev.syncpoint.application.contract.Answers.expect;
import static dev.syncpoint.application.contract.ContractTestData.appointment;
import static dev.syncpoint.domain.history.HistoryAction.ACQUIRED;
import static dev.syncpoint.domain.history.HistoryAction.RELEASED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.appointment.AppointmentStatus;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.AppointmentChanged;
import dev.syncpoint.domain.lock.AppointmentNotFound;
import dev.syncpoint.domain.lock.AppointmentRemoved;
import dev.syncpoint.domain.lock.DeleteAppointmentResult;
import dev.syncpoint.domain.lock.EditPermit;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.NotLockedByEditor;
import dev.syncpoint.domain.lock.Released;
import dev.syncpoint.domain.lock.StaleAppointmentVersion;
import dev.syncpoint.domain.lock.StaleFencingToken;
import dev.syncpoint.domain.lock.UpdateAppointmentResult;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code AppointmentStore} must do: keep appointments, list them in order, and let only the
 * holder of the live lock change or delete one, with that lock's fencing token, against the version they
 * read (rule 11).
 *
 * <p>Dates are compared as instants: a store may give back a start or end in another offset, such as UTC,
 * as long as it is the same moment. Text comes back exactly as it was given.
 */
public abstract class AppointmentStoreContract extends SharedStoresContract {

    private static final OffsetDateTime MONDAY_NINE = OffsetDateTime.parse("2031-03-10T09:00:00Z");
    private static final String QUOTES_AND_SQL = "O'Brien's \"quick\" fix'); DROP TABLE appointments; -- \\ %_ */";
    private static final String UNICODE = "Zoë 🦷 Ελληνικά 中文 עברית \u202Eevil\u202C e\u0301 \u200B ﷽";
    private static final String MARKUP = "<script>alert('x')</script> ${jndi:ldap://x} {{7*7}} \r\n\ttab";

    private UserRef alice;
    private UserRef bob;

    @BeforeEach
    final void meetTheEditors() {
        alice = newUser("Alice");
        bob = newUser("Bob");
    }

    // Keeping and finding.

    @Test
    void createStoresTheAppointmentAtVersionOneAndFindGivesItBack() {
        AppointmentId id = AppointmentId.random();
        AppointmentDetails details = appointment().titled("Dental check-up").build();

        Appointment created = appointmentStore().create(id, details);

        assertThat(created.id()).isEqualTo(id);
        assertThat(created.version()).isEqualTo(1);
        assertThat(inUtc(created.details())).isEqualTo(inUtc(details));
        assertThat(created.updatedAt()).isEqualTo(created.createdAt());
        assertThat(appointmentStore().find(id))
                .map(AppointmentStoreContract::inUtc)
                .contains(inUtc(created));
    }

    @Test
    void findOfAnUnknownAppointmentIsEmpty() {
        Optional<Appointment> found = appointmentStore().find(AppointmentId.random());

        assertThat(found).isEmpty();
    }

    @Test
    void listPagesAllAppointmentsEarliestStartFirstWithTheTotal() {
        List<AppointmentId> created = IntStream.of(3, 1, 5, 2, 4)
                .mapToObj(day -> createStartingAt(MONDAY_NINE.plusDays(day)))
                .toList();

        Page<Appointment> first = appointmentStore().list(new PageRequest(0, 2));
        Page<Appointment> last = appointmentStore().list(new PageRequest(4, 2));

        assertThat(first.items()).extracting(Appointment::id).containsExactly(created.get(1), created.get(3));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hasMore()).isTrue();
        assertThat(last.items()).extracting(Appointment::id).containsExactly(created.get(2));
        assertThat(last.hasMore()).isFalse();
    }

    @Test
    void listOrdersByTheMomentAnAppointmentStartsWhateverTheOffsetItWasGivenIn() {
        AppointmentId nineThirtyUtc = createStartingAt(OffsetDateTime.parse("2031-03-10T08:30:00-01:00"));
        AppointmentId nineUtc = createStartingAt(OffsetDateTime.parse("2031-03-10T09:00:00Z"));
        AppointmentId eightUtc = createStartingAt(OffsetDateTime.parse("2031-03-10T10:00:00+02:00"));

        Page<Appointment> page = appointmentStore().list(PageRequest.first(10));

        assertThat(page.items()).extracting(Appointment::id).containsExactly(eightUtc, nineUtc, nineThirtyUtc);
    }

    @Test
    void listBreaksTiesOfTheStartByTheId() {
        AppointmentId second = ContractTestData.idRanked(2);
        AppointmentId first = ContractTestData.idRanked(1);
        AppointmentId later = ContractTestData.idRanked(0);
        appointmentStore().create(second, appointment().startingAt(MONDAY_NINE).build());
        appointmentStore().create(first, appointment().startingAt(MONDAY_NINE).build());
        appointmentStore()
                .create(
                        later,
                        appointment().startingAt(MONDAY_NINE.plusHours(1)).build());

        Page<Appointment> page = appointmentStore().list(PageRequest.first(10));

        assertThat(page.items()).extracting(Appointment::id).containsExactly(first, second, later);
    }

    @Test
    void overlappingFindsAppointmentsWhoseSpanOverlapsTheHalfOpenRangeEarliestStartFirst() {
        AppointmentId endsAtTheStart = createSpanning(9, 0, Duration.ofHours(1));
        AppointmentId exactlyInside = createSpanning(10, 0, Duration.ofHours(1));
        AppointmentId startsAtTheEnd = createSpanning(11, 0, Duration.ofHours(1));
        AppointmentId around = createSpanning(8, 0, Duration.ofHours(5));
        AppointmentId within = createSpanning(10, 30, Duration.ofMinutes(15));
        Instant from = MONDAY_NINE.plusHours(1).toInstant();

        Page<Appointment> page = appointmentStore().overlapping(from, from.plusSeconds(3600), PageRequest.first(10));

        assertThat(page.items()).extracting(Appointment::id).containsExactly(around, exactlyInside, within);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(Appointment::id).doesNotContain(endsAtTheStart, startsAtTheEnd);
    }

    @Test
    void overlappingPagesWithTheTotalOfAllMatches() {
        createSpanning(10, 0, Duration.ofHours(1));
        AppointmentId middle = createSpanning(10, 10, Duration.ofHours(1));
        createSpanning(10, 20, Duration.ofHours(1));
        Instant from = MONDAY_NINE.plusHours(1).toInstant();

        Page<Appointment> page = appointmentStore().overlapping(from, from.plusSeconds(3600), new PageRequest(1, 1));

        assertThat(page.items()).extracting(Appointment::id).containsExactly(middle);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hasMore()).isTrue();
    }

    // Rule 11: changes.

    @Test
    void updateByTheHolderWithTheLocksTokenAndTheVersionReadRaisesTheVersionByOne() {
        AppointmentId id = newAppointment();
        Lock lock = acquired(id, alice).lock();
        AppointmentDetails changed = appointment()
                .titled("Root canal")
                .withStatus(AppointmentStatus.COMPLETED)
                .build();

        UpdateAppointmentResult answer = appointmentStore().update(id, changed, permit(alice, lock, 1));

        Appointment stored = expect(AppointmentChanged.class, answer).appointment();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(inUtc(stored.details())).isEqualTo(inUtc(changed));
        assertThat(appointmentStore().find(id))
                .map(AppointmentStoreContract::inUtc)
                .contains(inUtc(stored));
    }

    @Test
    void everyUpdateRaisesTheVersionByExactlyOne() {
        AppointmentId id = newAppointment();
        Lock lock = acquired(id, alice).lock();

        for (long read = 1; read <= 3; read++) {
            AppointmentDetails details = appointment().titled("Edit " + read).build();
            expect(AppointmentChanged.class, appointmentStore().update(id, details, permit(alice, lock, read)));
        }

        assertThat(appointmentStore().find(id)).map(Appointment::version).contains(4L);
    }

    @Test
    void updateKeepsCreatedAtAndMovesUpdatedAt() {
        AppointmentId id = newAppointment();
        Lock lock = acquired(id, alice).lock();
        advanceClock(Duration.ofMinutes(1));

        UpdateAppointmentResult answer =
                appointmentStore().update(id, appointment().build(), permit(alice, lock, 1));

        Appointment stored = expect(AppointmentChanged.class, answer).appointment();
        Appointment found = appointmentStore().find(id).orElseThrow();
        assertThat(stored.createdAt()).isEqualTo(found.createdAt());
        assertThat(stored.updatedAt()).isAfter(stored.createdAt());
    }

    @Test
    void updateWithoutALiveLockIsRefusedAsNotLockedByEditorAndWritesNothing() {
        Appointment before =
                appointmentStore().create(AppointmentId.random(), appointment().build());
        EditPermit permit = new EditPermit(alice.id(), new FencingToken(1), 1);

        UpdateAppointmentResult answer = appointmentStore().update(before.id(), changedDetails(), permit);

        assertThat(expect(NotLockedByEditor.class, answer).current()).isEmpty();
        assertUnchanged(before);
    }

    @Test
    void updateBySomeoneOtherThanTheHolderIsRefusedNamingTheLiveLock() {
        Appointment before =
                appointmentStore().create(AppointmentId.random(), appointment().build());
        Lock alices = acquired(before.id(), alice).lock();

        UpdateAppointmentResult answer =
                appointmentStore().update(before.id(), changedDetails(), permit(bob, alices, 1));

        assertThat(expect(NotLockedByEditor.class, answer).current()).contains(alices);
        assertUnchanged(before);
    }

    @Test
    void updateAfterTheEditorsLockExpiredIsRefusedAsNotLockedByEditor() {
        Appointment before =
                appointmentStore().create(AppointmentId.random(), appointment().build());
        Lock lock = acquired(before.id(), alice).lock();
        advanceClock(TTL.plusSeconds(1));

        UpdateAppointmentResult answer =
                appointmentStore().update(before.id(), changedDetails(), permit(alice, lock, 1));

        assertThat(expect(NotLockedByEditor.class, answer).current()).isEmpty();
        assertUnchanged(before);
    }

    @Test
    void updateWithTheTokenOfAnEarlierLockIsRefusedAsStaleFencingTokenAfterTheLockWasGrantedAgain() {
        Appointment before =
                appointmentStore().create(AppointmentId.random(), appointment().build());
        Lock earlier = acquired(before.id(), alice).lock();
        release(before.id(), alice);
        Lock newer = acquired(before.id(), alice).lock();

        UpdateAppointmentResult answer =
                appointmentStore().update(before.id(), changedDetails(), permit(alice, earlier, 1));

        StaleFencingToken stale = expect(StaleFencingToken.class, answer);
        assertThat(stale.presented()).isEqualTo(earlier.fencingToken());
        assertThat(stale.current()).isEqualTo(newer);
        assertUnchanged(before);
    }

    @Test
    void updateAgainstAnOlderVersionIsRefusedWithBothVersions() {
        AppointmentId id = newAppointment();
        Lock lock = acquired(id, alice).lock();
        Appointment current = expect(
                        AppointmentChanged.class,
                        appointmentStore()
                                .update(id, appointment().titled("First edit").build(), permit(alice, lock, 1)))
                .appointment();

        UpdateAppointmentResult answer = appointmentStore().update(id, changedDetails(), permit(alice, lock, 1));

        StaleAppointmentVersion stale = expect(StaleAppointmentVersion.class, answer);
        assertThat(stale.expectedVersion()).isEqualTo(1);
        assertThat(stale.actualVersion()).isEqualTo(2);
        assertUnchanged(current);
    }

    @Test
    void updateOfAnUnknownAppointmentAnswersAppointmentNotFound() {
        AppointmentId unknown = AppointmentId.random();
        EditPermit permit = new EditPermit(alice.id(), new FencingToken(1), 1);

        UpdateAppointmentResult answer = appointmentStore().update(unknown, changedDetails(), permit);

        assertThat(expect(AppointmentNotFound.class, answer).appointmentId()).isEqualTo(unknown);
        assertThat(appointmentStore().find(unknown)).isEmpty();
    }

    // Rule 11: deletion.

    @Test
    void deleteByTheHolderRemovesTheAppointmentAndEndsTheLockWithAReleasedRow() {
        AppointmentId id = newAppointment();
        Lock lock = acquired(id, alice).lock();

        DeleteAppointmentResult answer = appointmentStore().delete(id, permit(alice, lock, 1));

        AppointmentRemoved removed = expect(AppointmentRemoved.class, answer);
        assertThat(removed.appointment().id()).isEqualTo(id);
        assertThat(removed.releasedLock()).isEqualTo(lock);
        assertThat(appointmentStore().find(id)).isEmpty();
        assertThat(lockStore().liveLocks()).isEmpty();
        List<HistoryEntry> rows = historyOf(id);
        assertThat(rows)
                .extracting(HistoryEntry::action, HistoryEntry::holder)
                .containsExactly(tuple(RELEASED, alice), tuple(ACQUIRED, alice));
        HistoryInvariants.assertConsistent(rows, lockStore().liveLocks());
    }

    @Test
    void aDeletedAppointmentKeepsItsHistoryAndCannotBeLockedAgain() {
        AppointmentId id = newAppointment();
        Lock lock = acquired(id, alice).lock();
        expect(AppointmentRemoved.class, appointmentStore().delete(id, permit(alice, lock, 1)));

        Object answer = lockStore().acquire(id, bob, TTL, OptionalLong.empty());

        expect(AppointmentNotFound.class, answer);
        assertThat(historyOf(id)).hasSize(2);
        assertThat(lockStore().status(id).lock()).isEmpty();
    }

    @Test
    void deleteBySomeoneOtherThanTheHolderIsRefusedAndWritesNothing() {
        Appointment before =
                appointmentStore().create(AppointmentId.random(), appointment().build());
        Lock alices = acquired(before.id(), alice).lock();

        DeleteAppointmentResult answer = appointmentStore().delete(before.id(), permit(bob, alices, 1));

        assertThat(expect(NotLockedByEditor.class, answer).current()).contains(alices);
        assertUnchanged(before);
        assertThat(lockStore().status(before.id()).lock()).contains(alices);
        assertThat(historyOf(before.id())).hasSize(1);
    }

    @Test
    void deleteWithTheTokenOfAnEarlierLockIsRefusedAndLeavesTheNewerLockAlone() {
        Appointment before =
                appointmentStore().create(AppointmentId.random(), appointment().build());
        Lock earlier = acquired(before.id(), alice).lock();
        release(before.id(), alice);
        Lock newer = acquired(before.id(), alice).lock();

        DeleteAppointmentResult answer = appointmentStore().delete(before.id(), permit(alice, earlier, 1));

        assertThat(expect(StaleFencingToken.class, answer).current()).isEqualTo(newer);
        assertUnchanged(before);
        assertThat(lockStore().status(before.id()).lock()).contains(newer);
    }

    @Test
    void deleteAgainstAnOlderVersionIsRefusedWithBothVersions() {
        AppointmentId id = newAppointment();
        Lock lock = acquired(id, alice).lock();
        Appointment current = expect(
                        AppointmentChanged.class,
                        appointmentStore().update(id, changedDetails(), permit(alice, lock, 1)))
                .appointment();

        DeleteAppointmentResult answer = appointmentStore().delete(id, permit(alice, lock, 1));

        StaleAppointmentVersion stale = expect(StaleAppointmentVersion.class, answer);
        assertThat(stale.expectedVersion()).isEqualTo(1);
        assertThat(stale.actualVersion()).isEqualTo(2);
        assertUnchanged(current);
        assertThat(lockStore().status(id).lock()).contains(lock);
    }

    @Test
    void deleteOfAnUnknownAppointmentAnswersAppointmentNotFound() {
        AppointmentId unknown = AppointmentId.random();
        EditPermit permit = new EditPermit(alice.id(), new FencingToken(1), 1);

        DeleteAppointmentResult answer = appointmentStore().delete(unknown, permit);

        assertThat(expect(AppointmentNotFound.class, answer).appointmentId()).isEqualTo(unknown);
    }

    // Hostile text.

    @Test
    void hostileTextComesBackExactlyAsItWasGiven() {
        AppointmentDetails hostile = hostileDetails();

        Appointment created = appointmentStore().create(AppointmentId.random(), hostile);

        Appointment found = appointmentStore().find(created.id()).orElseThrow();
        assertThat(inUtc(found.details())).isEqualTo(inUtc(hostile));
        assertThat(appointmentStore().list(PageRequest.first(10)).items())
                .singleElement()
                .satisfies(listed -> assertThat(inUtc(listed.details())).isEqualTo(inUtc(hostile)));
    }

    @Test
    void hostileTextInAnUpdateComesBackExactlyAsItWasGiven() {
        AppointmentId id = newAppointment();
        Lock lock = acquired(id, alice).lock();
        AppointmentDetails hostile = hostileDetails();

        expect(AppointmentChanged.class, appointmentStore().update(id, hostile, permit(alice, lock, 1)));

        assertThat(appointmentStore().find(id))
                .map(found -> inUtc(found.details()))
                .contains(inUtc(hostile));
    }

    @Test
    void textAtEveryLengthLimitComesBackWhole() {
        AppointmentDetails longest = appointment()
                .titled("ü".repeat(AppointmentDetails.MAX_TITLE))
                .describedAs("€\n".repeat(AppointmentDetails.MAX_TEXT / 2))
                .at("l".repeat(AppointmentDetails.MAX_TEXT))
                .organizedBy("日".repeat(AppointmentDetails.MAX_TEXT))
                .withAttendees(IntStream.range(0, AppointmentDetails.MAX_ATTENDEES)
                        .mapToObj(i -> (i + "@")
                                .repeat(AppointmentDetails.MAX_ATTENDEE)
                                .substring(0, AppointmentDetails.MAX_ATTENDEE))
                        .toList())
                .build();

        Appointment created = appointmentStore().create(AppointmentId.random(), longest);

        assertThat(appointmentStore().find(created.id()))
                .map(found -> inUtc(found.details()))
                .contains(inUtc(longest));
    }

    private AppointmentId createStartingAt(OffsetDateTime start) {
        return appointmentStore()
                .create(AppointmentId.random(), appointment().startingAt(start).build())
                .id();
    }

    private AppointmentId createSpanning(int hour, int minute, Duration length) {
        OffsetDateTime start = MONDAY_NINE.withHour(hour).withMinute(minute);
        return appointmentStore()
                .create(
                        AppointmentId.random(),
                        appointment().startingAt(start).lasting(length).build())
                .id();
    }

    private void release(AppointmentId id, UserRef who) {
        expect(Released.class, lockStore().release(id, who.id(), OptionalLong.empty(), Optional.empty()));
    }

    private void assertUnchanged(Appointment before) {
        assertThat(appointmentStore().find(before.id()))
                .map(AppointmentStoreContract::inUtc)
                .contains(inUtc(before));
    }

    private static EditPermit permit(UserRef editor, Lock lock, long versionRead) {
        return new EditPermit(editor.id(), lock.fencingToken(), versionRead);
    }

    private static AppointmentDetails changedDetails() {
        return appointment()
                .titled("Moved to the afternoon")
                .startingAt(MONDAY_NINE.withHour(15))
                .build();
    }

    private static AppointmentDetails hostileDetails() {
        return appointment()
                .titled(QUOTES_AND_SQL + " " + UNICODE)
                .describedAs(MARKUP + "\n" + QUOTES_AND_SQL + "\n" + UNICODE + "\u0007\u001b[31m")
                .at("  spaces kept at both ends  ")
                .organizedBy(UNICODE)
                .withAttendees(List.of(
                        "o'hara@example.test",
                        "\"Robert'); DROP TABLE users;--\"",
                        "NULL",
                        "a,b",
                        "{\"x\": [1]}",
                        "back\\slash",
                        "🦷@example.test"))
                .build();
    }

    /** The same appointment with its dates in UTC: stores keep the moment, not necessarily the offset. */
    private static Appointment inUtc(Appointment appointment) {
        return new Appointment(
                appointment.id(),
                inUtc(appointment.details()),
                appointment.version(),
                appointment.createdAt(),
                appointment.updatedAt());
    }

    private static AppointmentDetails inUtc(AppointmentDetails details) {
        return new AppointmentDetails(
                details.title(),
                details.description(),
                details.startDate().withOffsetSameInstant(ZoneOffset.UTC),
                details.endDate().withOffsetSameInstant(ZoneOffset.UTC),
                details.status(),
                details.location(),
                details.organizer(),
                details.attendees());
    }
}
