package dev.syncpoint.adapter.rest.view;

/** Whether the server can serve: {@code up} or {@code down}, overall and for its database. */
public record HealthView(String status, String database) {

    public static HealthView of(boolean databaseUp) {
        String state = databaseUp ? "up" : "down";
        return new HealthView(state, state);
    }
}
