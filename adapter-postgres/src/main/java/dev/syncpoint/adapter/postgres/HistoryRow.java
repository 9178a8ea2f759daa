package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.history.GrantKind;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A {@link HistoryEntry} flattened into the columns of {@code lock_history}, for binding; nulls for absent. */
record HistoryRow(
        UUID appointmentId,
        String action,
        UUID holderId,
        String holderName,
        String holderEmail,
        UUID actorId,
        String actorName,
        String actorEmail,
        long fencingToken,
        Instant at,
        Long heldForMicros,
        String grantKind,
        String reason) {

    static HistoryRow of(HistoryEntry entry) {
        UserRef actor = entry.actor().orElse(null);
        return new HistoryRow(
                entry.appointmentId().value(),
                entry.action().wireName(),
                entry.holder().id().value(),
                StorableText.check("holder name", entry.holder().name()),
                StorableText.check("holder email", entry.holder().email()),
                actor == null ? null : actor.id().value(),
                actor == null ? null : StorableText.check("actor name", actor.name()),
                actor == null ? null : StorableText.check("actor email", actor.email()),
                entry.fencingToken().value(),
                entry.at(),
                entry.heldFor().map(HistoryRow::micros).orElse(null),
                entry.grantKind().map(HistoryRow::wireName).orElse(null),
                entry.reason().map(text -> StorableText.check("reason", text)).orElse(null));
    }

    /**
     * The values by column parameter name. Jdbi binds the accessors of public types only, and this type is
     * internal, so it hands over a map; a null binds as SQL NULL.
     */
    Map<String, Object> columns() {
        Map<String, Object> columns = new HashMap<>();
        columns.put("appointmentId", appointmentId);
        columns.put("action", action);
        columns.put("holderId", holderId);
        columns.put("holderName", holderName);
        columns.put("holderEmail", holderEmail);
        columns.put("actorId", actorId);
        columns.put("actorName", actorName);
        columns.put("actorEmail", actorEmail);
        columns.put("fencingToken", fencingToken);
        columns.put("at", at);
        columns.put("heldForMicros", heldForMicros);
        columns.put("grantKind", grantKind);
        columns.put("reason", reason);
        return columns;
    }

    static String wireName(GrantKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Stored times are whole microseconds, so a duration between two of them is too. */
    private static long micros(Duration duration) {
        return Math.multiplyExact(duration.getSeconds(), 1_000_000L) + duration.getNano() / 1_000;
    }
}
