package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.history.HistoryEntry;
import java.util.List;
import java.util.Objects;

/**
 * A decision about one appointment's lock: the state to store, the history rows to store with it in the
 * same unit of work (rule 12), and the answer to give. A refusal has the unchanged state and no rows of
 * its own, though it may carry the {@code expired} row of a lock found expired on the way.
 */
public record Transition<R>(LockSlot next, List<HistoryEntry> history, R result) {

    public Transition {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(result, "result");
        history = List.copyOf(history);
    }
}
