package dev.syncpoint.application.memory;

import dev.syncpoint.application.contract.AccessTokensContract;
import dev.syncpoint.application.port.out.AccessTokens;
import java.time.InstantSource;

class InMemoryAccessTokensTest extends AccessTokensContract {

    @Override
    protected AccessTokens openAccessTokens(InstantSource clock) {
        return InMemoryAdapters.create(clock).accessTokens();
    }
}
