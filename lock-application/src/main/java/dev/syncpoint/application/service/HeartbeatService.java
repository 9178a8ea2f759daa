package dev.syncpoint.application.service;

import dev.syncpoint.application.LockPolicy;
import dev.syncpoint.application.port.in.HeartbeatCommand;
import dev.syncpoint.application.port.in.HeartbeatUseCase;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.HeartbeatResult;
import dev.syncpoint.domain.lock.Renewed;
import java.lang.System.Logger.Level;

/** Renews the caller's lock and tells watchers the new expiry. */
public final class HeartbeatService implements HeartbeatUseCase {

    private static final System.Logger LOG = System.getLogger(HeartbeatService.class.getName());

    private final LockStore locks;
    private final LockEvents events;
    private final LockPolicy policy;

    public HeartbeatService(LockStore locks, LockEvents events, LockPolicy policy) {
        this.locks = locks;
        this.events = events;
        this.policy = policy;
    }

    @Override
    public HeartbeatResult heartbeat(HeartbeatCommand command) {
        HeartbeatResult result = locks.heartbeat(
                command.appointment(),
                command.actor().id(),
                policy.ttl(),
                command.expectedVersion(),
                command.fencingToken());

        if (result instanceof Renewed renewed) {
            events.publish(new SyncEvent.LockRenewed(renewed.lock(), result.serverNow()));
        }
        LOG.log(
                Level.DEBUG,
                () -> "heartbeat " + command.appointment() + " by "
                        + command.actor().id() + ": " + result);
        return result;
    }
}
