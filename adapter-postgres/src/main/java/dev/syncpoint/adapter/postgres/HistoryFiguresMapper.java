package dev.syncpoint.adapter.postgres;

import dev.syncpoint.domain.history.HistoryAction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

final class HistoryFiguresMapper implements RowMapper<HistoryFigures> {

    @Override
    public HistoryFigures map(ResultSet row, StatementContext context) throws SQLException {
        Map<HistoryAction, Long> counts = new EnumMap<>(HistoryAction.class);
        for (HistoryAction action : HistoryAction.values()) {
            counts.put(action, row.getLong(action.wireName()));
        }
        long p95 = row.getLong("p95_micros");
        Optional<Long> p95Micros = row.wasNull() ? Optional.empty() : Optional.of(p95);
        return new HistoryFigures(
                counts,
                row.getLong("distinct_users"),
                row.getLong("ended"),
                row.getLong("held_micros_total"),
                p95Micros,
                row.getLong("conflicts"));
    }
}
