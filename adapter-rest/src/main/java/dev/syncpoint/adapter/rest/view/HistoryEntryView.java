package dev.syncpoint.adapter.rest.view;

import dev.syncpoint.domain.history.GrantKind;
import dev.syncpoint.domain.history.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One audit row. {@code heldForMillis} is set on rows that end a lock, {@code grantKind} on
 * {@code acquired} rows, {@code actor} when someone other than the holder ended the lock.
 */
public record HistoryEntryView(
        UUID appointmentId,
        String action,
        HolderView holder,
        HolderView actor,
        long fencingToken,
        Instant at,
        Long heldForMillis,
        String grantKind,
        String reason) {

    public static HistoryEntryView of(HistoryEntry entry) {
        return new HistoryEntryView(
                entry.appointmentId().value(),
                entry.action().wireName(),
                HolderView.of(entry.holder()),
                entry.actor().map(HolderView::of).orElse(null),
                entry.fencingToken().value(),
                entry.at(),
                entry.heldFor().map(Duration::toMillis).orElse(null),
                entry.grantKind().map(HistoryEntryView::wireName).orElse(null),
                entry.reason().orElse(null));
    }

    private static String wireName(GrantKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
