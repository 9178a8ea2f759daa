package dev.syncpoint.adapter.websocket;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The connections of this node that watch each appointment. Safe for concurrent use. */
final class Rooms {

    private final Map<AppointmentId, Set<Connection>> rooms = new ConcurrentHashMap<>();

    void join(AppointmentId appointment, Connection connection) {
        rooms.compute(appointment, (id, members) -> {
            Set<Connection> joined = members == null ? ConcurrentHashMap.newKeySet() : members;
            joined.add(connection);
            return joined;
        });
    }

    void leave(AppointmentId appointment, Connection connection) {
        rooms.computeIfPresent(appointment, (id, members) -> {
            members.remove(connection);
            return members.isEmpty() ? null : members;
        });
    }

    /** A live view: connections that join or leave meanwhile may or may not be in it. */
    Collection<Connection> members(AppointmentId appointment) {
        Set<Connection> members = rooms.get(appointment);
        return members == null ? List.of() : members;
    }

    /** The people viewing it here, each once; subscribers only for its events are not among them. */
    List<UserRef> watchers(AppointmentId appointment) {
        Map<UserId, UserRef> people = new LinkedHashMap<>();
        for (Connection connection : viewers(appointment)) {
            connection.user().map(User::ref).ifPresent(ref -> people.putIfAbsent(ref.id(), ref));
        }
        return List.copyOf(people.values());
    }

    boolean isWatchedBy(AppointmentId appointment, UserId user) {
        return viewers(appointment).stream()
                .map(Connection::user)
                .flatMap(Optional::stream)
                .anyMatch(who -> who.id().equals(user));
    }

    private List<Connection> viewers(AppointmentId appointment) {
        return members(appointment).stream()
                .filter(connection -> connection.views(appointment))
                .toList();
    }

    Set<AppointmentId> watched() {
        return Set.copyOf(rooms.keySet());
    }
}
