package dev.syncpoint.application.memory;

import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.application.contract.LockHistoryContract;
import dev.syncpoint.application.contract.MutableClock;
import dev.syncpoint.application.contract.SharedStores;
import java.time.Duration;

class InMemoryLockHistoryTest extends LockHistoryContract {

    private final MutableClock clock = MutableClock.startingAt(ContractTestData.START);

    @Override
    protected SharedStores openStores() {
        return InMemoryStores.sharing(clock);
    }

    @Override
    protected void advanceClock(Duration by) {
        clock.advance(by);
    }
}
