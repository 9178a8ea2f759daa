package dev.syncpoint.adapter.rest.routes;

import io.javalin.security.RouteRole;

/** Marks the routes anyone may call; every other route needs a valid bearer token. */
enum Access implements RouteRole {
    PUBLIC
}
