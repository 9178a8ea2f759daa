package dev.syncpoint.adapter.websocket;

import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.SyncEvent.PresenceChanged;
import dev.syncpoint.domain.user.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the other nodes who watches here, and this node's watchers who watches anywhere. Everything runs
 * on one thread of its own: announcements leave in the order the changes happened, several changes to one
 * appointment in a burst become one announcement, and no lock is held while the event port is called.
 */
final class PresenceAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger(PresenceAnnouncer.class);

    private final String node;
    private final Rooms rooms;
    private final Presence presence;
    private final LockEvents events;
    private final Clock clock;
    private final LiveSettings settings;
    private final ScheduledExecutorService thread;
    private final Set<AppointmentId> changed = ConcurrentHashMap.newKeySet();

    PresenceAnnouncer(
            String node,
            Rooms rooms,
            Presence presence,
            LockEvents events,
            Clock clock,
            LiveSettings settings,
            ScheduledExecutorService thread) {
        this.node = node;
        this.rooms = rooms;
        this.presence = presence;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.thread = thread;
    }

    void start() {
        long refresh = settings.presenceRefresh().toMillis();
        thread.scheduleWithFixedDelay(
                Guarded.task(LOG, "presence refresh", this::refresh), refresh, refresh, TimeUnit.MILLISECONDS);
    }

    /** The watchers of the appointment on this node may have changed. */
    void changed(AppointmentId appointment) {
        if (changed.add(appointment)) {
            try {
                thread.execute(Guarded.task(LOG, "presence announcement", () -> announce(appointment)));
            } catch (RejectedExecutionException stopping) {
                changed.remove(appointment);
            }
        }
    }

    /** Says, on the calling thread, that nobody watches these appointments here any more: the node stops. */
    void withdraw(Set<AppointmentId> appointments) {
        Instant now = clock.instant();
        for (AppointmentId appointment : appointments) {
            publish(new PresenceChanged(appointment, node, List.of(), now));
        }
    }

    private void announce(AppointmentId appointment) {
        changed.remove(appointment);

        List<UserRef> here = rooms.watchers(appointment);
        publish(new PresenceChanged(appointment, node, here, clock.instant()));
        presence.tellWatchers(appointment);
    }

    /** Repeats who watches here, so other nodes know this one still runs, and forgets nodes that went quiet. */
    private void refresh() {
        Instant now = clock.instant();
        for (AppointmentId appointment : rooms.watched()) {
            List<UserRef> here = rooms.watchers(appointment);
            if (!here.isEmpty()) {
                publish(new PresenceChanged(appointment, node, here, now));
            }
        }

        Set<AppointmentId> forgotten = presence.forgetSilentNodes(now.minus(settings.presenceStale()));
        forgotten.forEach(presence::tellWatchers);
    }

    private void publish(PresenceChanged announcement) {
        try {
            events.publish(announcement);
        } catch (RuntimeException e) {
            // Other nodes catch up at the next refresh; this node's own watchers are told regardless.
            LOG.warn("could not announce presence for appointment {}: {}", announcement.appointmentId(), e.toString());
        }
    }
}
