package dev.syncpoint.adapter.rest.json;

import dev.syncpoint.domain.lock.FencingToken;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The optional body of a heartbeat or release. Naming the lock the caller believes it holds keeps a late
 * request from touching a newer lock (rules 3 and 6).
 */
public record HeldLockBody(Long expectedVersion, Long fencingToken) {

    public OptionalLong version() {
        return LockNumbers.version(expectedVersion);
    }

    public Optional<FencingToken> token() {
        return LockNumbers.token(fencingToken);
    }
}
