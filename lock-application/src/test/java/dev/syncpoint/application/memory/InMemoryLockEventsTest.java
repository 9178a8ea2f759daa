package dev.syncpoint.application.memory;

import dev.syncpoint.application.contract.LockEventsContract;
import dev.syncpoint.application.port.out.LockEvents;

class InMemoryLockEventsTest extends LockEventsContract {

    @Override
    protected LockEvents openLockEvents() {
        return InMemoryAdapters.create().lockEvents();
    }
}
