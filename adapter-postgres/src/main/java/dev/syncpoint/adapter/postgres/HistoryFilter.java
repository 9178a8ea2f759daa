package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.port.out.HistoryQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code WHERE} clause of a history query, made only of the filters present, so the planner sees plain
 * conditions it can match to the indexes. The clause is built from fixed text; every value is bound.
 */
final class HistoryFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new HashMap<>();

    private HistoryFilter() {}

    static HistoryFilter of(HistoryQuery query) {
        HistoryFilter filter = new HistoryFilter();
        query.appointment().ifPresent(id -> filter.add("appointment_id = :appointment", "appointment", id.value()));
        query.user().ifPresent(id -> filter.add("(holder_id = :user OR actor_id = :user)", "user", id.value()));
        query.action().ifPresent(action -> filter.add("action = :action", "action", action.wireName()));
        query.from().ifPresent(from -> filter.add("at >= :from", "from", from));
        query.to().ifPresent(to -> filter.add("at < :to", "to", to));
        return filter;
    }

    /** The clause, starting with {@code WHERE}, or nothing when no filter is present. */
    String whereClause() {
        return conditions.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", conditions);
    }

    Map<String, Object> values() {
        return values;
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        values.put(name, value);
    }
}
