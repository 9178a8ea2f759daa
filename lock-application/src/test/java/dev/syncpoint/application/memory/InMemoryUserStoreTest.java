package dev.syncpoint.application.memory;

import dev.syncpoint.application.contract.UserStoreContract;
import dev.syncpoint.application.port.out.UserStore;

class InMemoryUserStoreTest extends UserStoreContract {

    @Override
    protected UserStore openUserStore() {
        return InMemoryAdapters.create().userStore();
    }
}
