package dev.syncpoint.adapter.postgres.events;

import java.util.UUID;

/**
 * The payload of one NOTIFY: the node that published, a space, then either the event's JSON
 * ({@link Inline}) or {@code @} and the id of the {@code large_events} row holding it
 * ({@link Stored}). The node comes first so that a node can drop its own notices without reading
 * the rest.
 */
sealed interface Notice {

    UUID origin();

    String text();

    /** @throws UnreadableEventException when {@code text} is not a notice */
    static Notice parse(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new UnreadableEventException("a notice starts with the publishing node");
        }
        UUID origin = parseOrigin(text.substring(0, space));

        String body = text.substring(space + 1);
        if (body.startsWith("@")) {
            return new Stored(origin, parseRowId(body.substring(1)));
        }
        return new Inline(origin, body);
    }

    private static UUID parseOrigin(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("not a node id: " + text, e);
        }
    }

    private static long parseRowId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UnreadableEventException("not a row id: " + text, e);
        }
    }

    /** An event small enough to travel in the notice itself. */
    record Inline(UUID origin, String event) implements Notice {
        public String text() {
            return origin + " " + event;
        }
    }

    /** An event too large for a notice, waiting in the {@code large_events} row {@code rowId}. */
    record Stored(UUID origin, long rowId) implements Notice {
        public String text() {
            return origin + " @" + rowId;
        }
    }
}
