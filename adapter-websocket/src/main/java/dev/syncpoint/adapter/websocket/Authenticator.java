package dev.syncpoint.adapter.websocket;

import dev.syncpoint.adapter.websocket.protocol.ServerFrame;
import dev.syncpoint.adapter.websocket.protocol.UserView;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.domain.user.User;
import java.time.Clock;
import java.util.Optional;

/** Who a token belongs to, by the same session use case the HTTP API asks (rule 13). Never logs the token. */
final class Authenticator {

    private final SyncPoint syncPoint;
    private final Clock clock;

    Authenticator(SyncPoint syncPoint, Clock clock) {
        this.syncPoint = syncPoint;
        this.clock = clock;
    }

    /** Empty for a missing, invalid or expired token, or one whose user no longer exists. */
    Optional<User> userOf(String token) {
        return syncPoint.session().authenticate(token);
    }

    ServerFrame.Authenticated greeting(User user) {
        return new ServerFrame.Authenticated(UserView.of(user), clock.instant());
    }
}
