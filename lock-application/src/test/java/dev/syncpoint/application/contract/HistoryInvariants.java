package dev.syncpoint.application.contract;

import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.Lock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What any complete history must show, however the rows came about. An ownership is the {@code acquired}
 * row of one fencing token on one appointment together with its ending row, if it has ended. Per
 * appointment:
 *
 * <ol>
 *   <li>every token was granted once, and every ending row has its grant;
 *   <li>every grant ended at most once, not before it began, and its {@code heldFor} is the time between;
 *   <li>grants later in time carry greater tokens;
 *   <li>ownerships never overlap: each one ended no later than the next one began, so a grant that never
 *       ended is the last.
 * </ol>
 *
 * <p>Give it every row of the appointments it checks; a pruned history lacks grants by design.
 */
public final class HistoryInvariants {

    private HistoryInvariants() {}

    /** Checks the rules above; a grant may still be open. */
    public static void assertConsistent(Collection<HistoryEntry> rows) {
        List<String> problems = new ArrayList<>();
        ownershipsByAppointment(rows, problems).forEach((appointment, owned) -> checkSuccession(owned, problems));
        assertThat(problems).as("broken history invariants").isEmpty();
    }

    /**
     * Checks the rules above, and also that every grant either ended exactly once or belongs to one of
     * {@code liveLocks}, which must all be read after {@code rows} were.
     */
    public static void assertConsistent(Collection<HistoryEntry> rows, Collection<Lock> liveLocks) {
        List<String> problems = new ArrayList<>();
        Map<AppointmentId, List<Ownership>> owned = ownershipsByAppointment(rows, problems);
        owned.forEach((appointment, ownerships) -> checkSuccession(ownerships, problems));
        checkOpenGrantsAreLive(owned, liveLocks, problems);
        assertThat(problems).as("broken history invariants").isEmpty();
    }

    private static Map<AppointmentId, List<Ownership>> ownershipsByAppointment(
            Collection<HistoryEntry> rows, List<String> problems) {
        Map<AppointmentId, List<Ownership>> owned = new TreeMap<>(Comparator.comparing(AppointmentId::value));
        Map<AppointmentId, List<HistoryEntry>> byAppointment =
                rows.stream().collect(groupingBy(HistoryEntry::appointmentId));
        byAppointment.forEach((appointment, itsRows) -> owned.put(appointment, ownershipsOf(itsRows, problems)));
        return owned;
    }

    /** The appointment's ownerships in token order. */
    private static List<Ownership> ownershipsOf(List<HistoryEntry> rows, List<String> problems) {
        Map<FencingToken, List<HistoryEntry>> byToken =
                new TreeMap<>(rows.stream().collect(groupingBy(HistoryEntry::fencingToken)));
        List<Ownership> owned = new ArrayList<>();
        byToken.forEach((token, tokenRows) -> ownershipOf(tokenRows, problems).ifPresent(owned::add));
        return owned;
    }

    private static Optional<Ownership> ownershipOf(List<HistoryEntry> tokenRows, List<String> problems) {
        List<HistoryEntry> grants = ofAction(tokenRows, true);
        List<HistoryEntry> endings = ofAction(tokenRows, false);
        if (grants.size() != 1) {
            problems.add("expected exactly one acquired row per token, found " + tokenRows);
            return Optional.empty();
        }
        if (endings.size() > 1) {
            problems.add("a lock ended more than once: " + tokenRows);
        }
        Ownership ownership = new Ownership(grants.get(0), endings.stream().findFirst());
        ownership.ending.ifPresent(ending -> checkEnding(ownership.grant, ending, problems));
        return Optional.of(ownership);
    }

    private static List<HistoryEntry> ofAction(List<HistoryEntry> rows, boolean grants) {
        return rows.stream()
                .filter(row -> (row.action() == HistoryAction.ACQUIRED) == grants)
                .toList();
    }

    private static void checkEnding(HistoryEntry grant, HistoryEntry ending, List<String> problems) {
        if (ending.at().isBefore(grant.at())) {
            problems.add("a lock ended before it was granted: " + List.of(grant, ending));
        }
        Duration between = Duration.between(grant.at(), ending.at());
        if (!ending.heldFor().equals(Optional.of(between))) {
            problems.add("heldFor is not the time from grant to end (" + between + "): " + ending);
        }
        if (!ending.holder().equals(grant.holder())) {
            problems.add("a lock ended for another holder than it was granted to: " + List.of(grant, ending));
        }
    }

    private static void checkSuccession(List<Ownership> owned, List<String> problems) {
        for (int i = 1; i < owned.size(); i++) {
            Ownership earlier = owned.get(i - 1);
            Ownership later = owned.get(i);
            if (later.grant.at().isBefore(earlier.grant.at())) {
                problems.add("a greater token was granted earlier: " + List.of(earlier.grant, later.grant));
            }
            if (earlier.ending.isEmpty()) {
                problems.add(
                        "a lock was granted while an earlier one never ended: " + List.of(earlier.grant, later.grant));
            } else if (earlier.ending.get().at().isAfter(later.grant.at())) {
                problems.add("two ownerships overlap: " + List.of(earlier.grant, earlier.ending.get(), later.grant));
            }
        }
    }

    private static void checkOpenGrantsAreLive(
            Map<AppointmentId, List<Ownership>> owned, Collection<Lock> liveLocks, List<String> problems) {
        List<Ownership> open = owned.values().stream()
                .flatMap(List::stream)
                .filter(ownership -> ownership.ending.isEmpty())
                .toList();
        for (Ownership ownership : open) {
            if (liveLocks.stream().noneMatch(ownership::isOf)) {
                problems.add("a lock that is not live never ended: " + ownership.grant);
            }
        }
        for (Lock live : liveLocks) {
            if (open.stream().noneMatch(ownership -> ownership.isOf(live))) {
                problems.add("a live lock has no open grant in the history: " + live);
            }
        }
    }

    private record Ownership(HistoryEntry grant, Optional<HistoryEntry> ending) {

        boolean isOf(Lock lock) {
            return grant.appointmentId().equals(lock.appointmentId())
                    && grant.fencingToken().equals(lock.fencingToken())
                    && grant.holder().equals(lock.holder());
        }
    }
}
