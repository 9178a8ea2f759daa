package dev.syncpoint.adapter.websocket;

import dev.syncpoint.adapter.websocket.protocol.PersonView;
import dev.syncpoint.adapter.websocket.protocol.ServerFrame;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.SyncEvent.PresenceChanged;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Who watches each appointment, on this node (read live from the rooms) and on the others (the last list
 * each node announced). The watchers of an appointment are the union, each person once, sorted by name.
 * Watchers learn of a change only when that union changes, so a node repeating itself sends nothing;
 * the cursors of people who left vanish with them.
 */
final class Presence {

    private static final Comparator<UserRef> BY_NAME =
            Comparator.comparing(UserRef::name).thenComparing(ref -> ref.id().value());

    private final Rooms rooms;
    private final Fanout fanout;
    private final CursorBoard cursors;
    private final Clock clock;
    private final Map<AppointmentId, Map<String, Heard>> elsewhere = new ConcurrentHashMap<>();
    private final Map<AppointmentId, List<UserRef>> lastTold = new HashMap<>();

    Presence(Rooms rooms, Fanout fanout, CursorBoard cursors, Clock clock) {
        this.rooms = rooms;
        this.fanout = fanout;
        this.cursors = cursors;
        this.clock = clock;
    }

    List<UserRef> watchers(AppointmentId appointment) {
        Map<UserId, UserRef> people = new LinkedHashMap<>();
        rooms.watchers(appointment).forEach(ref -> people.putIfAbsent(ref.id(), ref));
        elsewhere.getOrDefault(appointment, Map.of()).values().stream()
                .flatMap(heard -> heard.watchers().stream())
                .forEach(ref -> people.putIfAbsent(ref.id(), ref));
        return people.values().stream().sorted(BY_NAME).toList();
    }

    /** Whether the user watches the appointment on a live connection here or on another node. */
    boolean isWatching(UserId user, AppointmentId appointment) {
        return rooms.isWatchedBy(appointment, user) || watchesElsewhere(user, appointment);
    }

    boolean watchesElsewhere(UserId user, AppointmentId appointment) {
        return elsewhere.getOrDefault(appointment, Map.of()).values().stream()
                .flatMap(heard -> heard.watchers().stream())
                .anyMatch(ref -> ref.id().equals(user));
    }

    /** Another node said who watches there; an empty list means nobody any more. */
    void heard(PresenceChanged announced) {
        Instant now = clock.instant();
        if (announced.watchers().isEmpty()) {
            elsewhere.computeIfPresent(announced.appointmentId(), (id, nodes) -> {
                nodes.remove(announced.node());
                return nodes.isEmpty() ? null : nodes;
            });
        } else {
            elsewhere
                    .computeIfAbsent(announced.appointmentId(), id -> new ConcurrentHashMap<>())
                    .put(announced.node(), new Heard(announced.watchers(), now));
        }
    }

    /** Forgets what nodes said before {@code cutoff}; answers the appointments whose watchers that changed. */
    Set<AppointmentId> forgetSilentNodes(Instant cutoff) {
        Set<AppointmentId> changed = ConcurrentHashMap.newKeySet();
        for (AppointmentId appointment : Set.copyOf(elsewhere.keySet())) {
            elsewhere.computeIfPresent(appointment, (id, nodes) -> {
                if (nodes.values().removeIf(heard -> heard.at().isBefore(cutoff))) {
                    changed.add(id);
                }
                return nodes.isEmpty() ? null : nodes;
            });
        }
        return changed;
    }

    /**
     * Tells this node's watchers of the appointment who watches it now, if that changed since they were
     * last told. Reading and sending under one lock keeps two changes from reaching them in reverse order.
     */
    synchronized void tellWatchers(AppointmentId appointment) {
        List<UserRef> now = watchers(appointment);
        if (rooms.members(appointment).isEmpty()) {
            lastTold.remove(appointment);
            return;
        }
        if (now.equals(lastTold.get(appointment))) {
            return;
        }
        lastTold.put(appointment, now);
        fanout.toWatchers(appointment, frame(appointment, now, clock.instant()));
        cursors.vanishAllBut(appointment, now.stream().map(UserRef::id).collect(Collectors.toSet()));
    }

    static ServerFrame.Presence frame(AppointmentId appointment, List<UserRef> watchers, Instant now) {
        return new ServerFrame.Presence(
                appointment.value(), watchers.stream().map(PersonView::of).toList(), now);
    }

    private record Heard(List<UserRef> watchers, Instant at) {}
}
