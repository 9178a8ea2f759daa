package dev.syncpoint.adapter.rest;

import java.util.List;
import java.util.Map;

/** Appointment bodies and paths for tests. */
final class Appointments {

    static final String START = "2031-05-01T09:00:00+02:00";
    static final String END = "2031-05-01T10:30:00+02:00";

    private Appointments() {}

    static String json(String title) {
        return TestJson.write(fields(title));
    }

    /** A valid body as a map, for tests that change one field. */
    static Map<String, Object> fields(String title) {
        return TestJson.map(
                "title",
                title,
                "description",
                "Quarterly numbers",
                "startDate",
                START,
                "endDate",
                END,
                "status",
                "scheduled",
                "location",
                "Room 4",
                "organizer",
                "Alice",
                "attendees",
                List.of("alice@example.test", "bob@example.test"));
    }

    static String path(String id) {
        return "/api/v1/appointments/" + id;
    }

    static String path(String id, String action) {
        return path(id) + "/" + action;
    }
}
