package dev.syncpoint.adapter.rest.json;

import dev.syncpoint.adapter.rest.problem.Violations;
import dev.syncpoint.domain.lock.FencingToken;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the version and fencing token a caller may name; both start at 1. */
final class LockNumbers {

    private LockNumbers() {}

    static OptionalLong version(Long expectedVersion) {
        checkPositive("expectedVersion", expectedVersion);
        return expectedVersion == null ? OptionalLong.empty() : OptionalLong.of(expectedVersion);
    }

    static Optional<FencingToken> token(Long fencingToken) {
        checkPositive("fencingToken", fencingToken);
        return Optional.ofNullable(fencingToken).map(FencingToken::new);
    }

    private static void checkPositive(String field, Long value) {
        if (value != null && value < 1) {
            throw Violations.exception(field, field + " must be a positive integer");
        }
    }
}
