package dev.syncpoint.application.service;

import dev.syncpoint.application.LockPolicy;
import dev.syncpoint.application.port.in.AdminLockCommand;
import dev.syncpoint.application.port.in.AdminTakeoverUseCase;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.NotAdmin;
import dev.syncpoint.domain.lock.TakenOver;
import dev.syncpoint.domain.lock.TakeoverResult;
import java.lang.System.Logger.Level;

/** Lets an admin take a lock over in one step; the former holder hears of it at once. */
public final class AdminTakeoverService implements AdminTakeoverUseCase {

    private static final System.Logger LOG = System.getLogger(AdminTakeoverService.class.getName());

    private final LockStore locks;
    private final LockEvents events;
    private final LockPolicy policy;

    public AdminTakeoverService(LockStore locks, LockEvents events, LockPolicy policy) {
        this.locks = locks;
        this.events = events;
        this.policy = policy;
    }

    @Override
    public TakeoverResult takeOver(AdminLockCommand command) {
        if (!command.actor().isAdmin()) {
            return new NotAdmin(locks.now());
        }

        TakeoverResult result =
                locks.takeOver(command.appointment(), command.actor().ref(), policy.ttl(), command.reason());

        if (result instanceof TakenOver takenOver) {
            events.publish(new SyncEvent.AdminTakeover(
                    takenOver.ended(), takenOver.granted(), command.reason(), result.serverNow()));
            LOG.log(
                    Level.INFO,
                    "admin {0} took over appointment {1} from {2} (token {3} -> {4})",
                    command.actor().id(),
                    command.appointment(),
                    takenOver.ended().holder().id(),
                    takenOver.ended().fencingToken(),
                    takenOver.granted().fencingToken());
        }
        return result;
    }
}
