package dev.syncpoint.adapter.postgres.events;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The NOTIFY channel the nodes of one SyncPoint installation share. Channels belong to the whole
 * database, not to a schema, so the name carries the schema: two installations in different schemas
 * of one database (or two test classes) never hear each other.
 *
 * @param name a plain lower-case identifier, short enough that PostgreSQL keeps it whole
 */
record EventChannel(String name) {

    private static final String PREFIX = "syncpoint_events";

    /** PostgreSQL cuts longer identifiers, which could put two long schemas on one channel. */
    private static final int LONGEST_NAME = 63;

    EventChannel {
        if (!name.matches("[a-z_][a-z0-9_]*") || name.length() > LONGEST_NAME) {
            throw new IllegalArgumentException("not a usable channel name: " + name);
        }
    }

    static EventChannel forSchema(Optional<String> schema) {
        return new EventChannel(schema.map(EventChannel::nameFor).orElse(PREFIX));
    }

    private static String nameFor(String schema) {
        String full = PREFIX + "_" + schema;
        if (full.length() <= LONGEST_NAME) {
            return full;
        }

        // Keep a readable start and tell long names apart by a checksum of the whole schema name.
        CRC32 checksum = new CRC32();
        checksum.update(schema.getBytes(StandardCharsets.UTF_8));
        String suffix = "_" + HexFormat.of().toHexDigits((int) checksum.getValue());
        return full.substring(0, LONGEST_NAME - suffix.length()) + suffix;
    }
}
