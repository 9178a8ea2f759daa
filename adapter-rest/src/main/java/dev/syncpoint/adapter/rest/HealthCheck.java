package dev.syncpoint.adapter.rest;

/**
 * Whether the store behind the API answers, for {@code GET /health}. The bootstrap plugs in a database
 * check; an embedding program over the in-memory adapters can pass {@link #ALWAYS_UP}.
 */
@FunctionalInterface
public interface HealthCheck {

    HealthCheck ALWAYS_UP = () -> true;

    /**
     * True when the store answers now. Called on every health request, so it should answer within a
     * second or two; an exception counts as down.
     */
    boolean databaseUp();
}
