package dev.syncpoint.adapter.postgres;

import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds an {@link Instant} as a {@code timestamptz} at UTC. The driver then sends the exact instant, where
 * a {@link java.sql.Timestamp} would pass through the JVM's time zone.
 */
final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {

    InstantArgumentFactory() {
        super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
        return (position, statement, context) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
    }
}
