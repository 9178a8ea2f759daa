package dev.syncpoint.adapter.rest.json;

import dev.syncpoint.adapter.rest.problem.Violations;
import dev.syncpoint.application.port.in.AdminLockCommand;
import java.util.Optional;

/** The optional body of a force-release or takeover: why, kept in the history and told to the holder. */
public record AdminActionBody(String reason) {

    public Optional<String> checkedReason() {
        if (reason != null && reason.strip().length() > AdminLockCommand.MAX_REASON) {
            throw Violations.exception(
                    "reason", "reason must be at most " + AdminLockCommand.MAX_REASON + " characters");
        }
        return Optional.ofNullable(reason);
    }
}
