package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.User;
import java.util.List;

/** Every live lock in the system, for admins. */
public interface LiveLocksQuery {

    AdminOnly<List<Lock>> liveLocks(User actor);
}
