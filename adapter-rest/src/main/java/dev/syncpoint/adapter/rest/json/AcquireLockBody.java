package dev.syncpoint.adapter.rest.json;

import java.util.OptionalLong;

/**
 * The optional body of an acquire.
 *
 * @param expectedVersion the live lock's version the caller believes current; a mismatch is a conflict
 */
public record AcquireLockBody(Long expectedVersion) {

    public OptionalLong version() {
        return LockNumbers.version(expectedVersion);
    }
}
