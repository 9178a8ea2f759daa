package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.contract.LockHistoryContract;
import dev.syncpoint.application.contract.SharedStores;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresLockHistoryTest extends LockHistoryContract {

    @RegisterExtension
    static final FreshSchema SCHEMA = new FreshSchema();

    @Override
    protected SharedStores openStores() {
        return SCHEMA.emptyStores();
    }

    @Override
    protected void advanceClock(Duration by) {
        SCHEMA.moveStoredTimesBack(by);
    }
}
