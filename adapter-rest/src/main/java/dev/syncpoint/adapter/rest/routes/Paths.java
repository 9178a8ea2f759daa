package dev.syncpoint.adapter.rest.routes;

/** Where the routes live. */
final class Paths {

    static final String API = "/api/v1";
    static final String APPOINTMENT = API + "/appointments/{id}";

    private Paths() {}
}
