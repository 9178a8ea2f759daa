package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.contract.LockStoreRaceContract;
import dev.syncpoint.application.contract.SharedStores;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The race contract on the real database: 64 threads share a pool of 16 connections, so transactions queue
 * for connections and for each appointment's slot at once. The database's clock runs by itself, so the race
 * does not move time; the short ttl lets locks expire in the middle of it instead.
 */
class PostgresLockStoreRaceTest extends LockStoreRaceContract {

    @RegisterExtension
    static final FreshSchema SCHEMA = new FreshSchema(16);

    @Override
    protected int threadCount() {
        return 64;
    }

    @Override
    protected Duration runFor() {
        return Duration.ofSeconds(6);
    }

    @Override
    protected Duration clockStep() {
        return Duration.ZERO;
    }

    @Override
    protected Duration shortTtl() {
        return Duration.ofMillis(300);
    }

    @Override
    protected SharedStores openStores() {
        return SCHEMA.emptyStores();
    }

    @Override
    protected void advanceClock(Duration by) {
        SCHEMA.moveStoredTimesBack(by);
    }
}
