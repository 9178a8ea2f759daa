package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.contract.UserStoreContract;
import dev.syncpoint.application.port.out.UserStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresUserStoreTest extends UserStoreContract {

    @RegisterExtension
    static final FreshSchema SCHEMA = new FreshSchema();

    @Override
    protected UserStore openUserStore() {
        SCHEMA.schema().truncate();
        return SCHEMA.adapters().userStore();
    }
}
