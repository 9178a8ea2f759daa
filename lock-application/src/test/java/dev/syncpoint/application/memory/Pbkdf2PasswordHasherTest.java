package dev.syncpoint.application.memory;

import dev.syncpoint.application.contract.PasswordHasherContract;
import dev.syncpoint.application.port.out.PasswordHasher;

class Pbkdf2PasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher openPasswordHasher() {
        return InMemoryAdapters.create().passwordHasher();
    }
}
