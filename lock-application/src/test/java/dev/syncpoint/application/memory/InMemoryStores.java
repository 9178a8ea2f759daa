package dev.syncpoint.application.memory;

import dev.syncpoint.application.contract.SharedStores;
import java.time.InstantSource;

/** The in-memory stores that share state, as the store contracts take them. */
final class InMemoryStores {

    private InMemoryStores() {}

    static SharedStores sharing(InstantSource clock) {
        InMemoryAdapters adapters = InMemoryAdapters.create(clock);
        return new SharedStores(
                adapters.lockStore(), adapters.lockHistory(), adapters.appointmentStore(), adapters.controlRequests());
    }
}
