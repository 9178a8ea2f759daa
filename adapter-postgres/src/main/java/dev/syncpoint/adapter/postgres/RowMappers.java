package dev.syncpoint.adapter.postgres;

import org.jdbi.v3.core.Jdbi;

/**
 * The row mappers of the stores' statements. They are registered on the {@link Jdbi} by instance, since
 * Jdbi could not create these package-private classes from annotations.
 */
final class RowMappers {

    private RowMappers() {}

    static Jdbi registerOn(Jdbi jdbi) {
        return jdbi.registerRowMapper(new LockRowMapper())
                .registerRowMapper(new SlotEntryMapper())
                .registerRowMapper(new SlotCheckMapper())
                .registerRowMapper(new LockReadingMapper())
                .registerRowMapper(new HistoryEntryMapper())
                .registerRowMapper(new HistoryFiguresMapper())
                .registerRowMapper(new AppointmentMapper())
                .registerRowMapper(new UserAccountMapper())
                .registerRowMapper(new ControlRequestMapper());
    }
}
