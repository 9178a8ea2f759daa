package dev.syncpoint.adapter.rest.json;

import dev.syncpoint.domain.appointment.Violation;
import java.util.List;

/** The check every required text field shares: present and not JSON {@code null}. */
final class Required {

    private Required() {}

    static void check(List<Violation> violations, String field, String value) {
        if (value == null) {
            violations.add(new Violation(field, field + " is required"));
        }
    }
}
