package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.domain.event.SyncEvent;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the notices a node hears into events for its subscribers. A node's own notices are dropped:
 * its subscribers had those events when they were published. A notice that cannot be read is logged
 * and dropped, so one bad or newer-version notice never stops the events behind it.
 */
final class IncomingNotices {

    private static final Logger LOG = LoggerFactory.getLogger(IncomingNotices.class);

    private final UUID node;
    private final EventCodec codec;

    IncomingNotices(UUID node, EventCodec codec) {
        this.node = node;
        this.codec = codec;
    }

    /**
     * The event {@code text} carries, reading it from {@code connection} when it was too large for
     * the notice; empty when it is this node's own or cannot be read.
     *
     * @throws SQLException when the connection fails while reading a stored event
     */
    Optional<SyncEvent> read(String text, ListeningConnection connection) throws SQLException {
        try {
            Notice notice = Notice.parse(text);
            if (notice.origin().equals(node)) {
                return Optional.empty();
            }
            return eventJson(notice, connection).map(codec::decode);
        } catch (UnreadableEventException e) {
            LOG.warn("dropped a notice this node cannot read: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> eventJson(Notice notice, ListeningConnection connection) throws SQLException {
        if (notice instanceof Notice.Inline inline) {
            return Optional.of(inline.event());
        }

        long rowId = ((Notice.Stored) notice).rowId();
        Optional<String> stored = connection.storedEvent(rowId);
        if (stored.isEmpty()) {
            LOG.warn("dropped a notice from node {}: its large event {} was already deleted", notice.origin(), rowId);
        }
        return stored;
    }
}
