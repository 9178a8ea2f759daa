package dev.syncpoint.adapter.websocket;

import dev.syncpoint.domain.user.User;

/** A test user with a valid access token. */
record Person(User user, String token) {

    String id() {
        return user.id().toString();
    }
}
