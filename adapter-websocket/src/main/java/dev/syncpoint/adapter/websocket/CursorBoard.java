package dev.syncpoint.adapter.websocket;

import dev.syncpoint.adapter.websocket.protocol.PersonView;
import dev.syncpoint.adapter.websocket.protocol.ServerFrame.CursorUpdate;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.SyncEvent.CursorMoved;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cursors this node's watchers see, from any node, and when each last moved (by this node's clock,
 * so other nodes' clocks do not matter). A cursor idle for too long, or whose owner stopped watching, is
 * announced as gone and forgotten.
 * Moves and vanishings are sent under one lock, so a cursor that moves again as it goes idle is never
 * shown as gone after its newer position.
 */
final class CursorBoard {

    private final Fanout fanout;
    private final Clock clock;
    private final Map<Watcher, Seen> cursors = new ConcurrentHashMap<>();

    CursorBoard(Fanout fanout, Clock clock) {
        this.fanout = fanout;
        this.clock = clock;
    }

    synchronized void moved(CursorMoved move) {
        cursors.put(new Watcher(move.appointmentId(), move.user().id()), new Seen(move.user(), clock.instant()));
        CursorUpdate frame =
                CursorUpdate.at(move.appointmentId().value(), PersonView.of(move.user()), move.x(), move.y());
        fanout.toWatchersBut(move.appointmentId(), move.user().id(), frame);
    }

    /** The owners of these cursors no longer watch the appointment: their cursors go with them. */
    synchronized void vanishAllBut(AppointmentId appointment, Set<UserId> watching) {
        for (Map.Entry<Watcher, Seen> entry : cursors.entrySet()) {
            Watcher key = entry.getKey();
            if (key.appointment().equals(appointment) && !watching.contains(key.user())) {
                vanish(key, entry.getValue());
            }
        }
    }

    synchronized void vanishIdleSince(Instant cutoff) {
        for (Map.Entry<Watcher, Seen> entry : cursors.entrySet()) {
            Seen seen = entry.getValue();
            if (seen.at().isBefore(cutoff)) {
                vanish(entry.getKey(), seen);
            }
        }
    }

    private void vanish(Watcher key, Seen seen) {
        if (cursors.remove(key, seen)) {
            fanout.toWatchersBut(
                    key.appointment(),
                    key.user(),
                    CursorUpdate.vanished(key.appointment().value(), PersonView.of(seen.user())));
        }
    }

    private record Seen(UserRef user, Instant at) {}
}
