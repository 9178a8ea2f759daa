package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.user.User;
import java.time.Instant;

/** An admin prunes history rows older than a cutoff; answers how many rows went. */
public interface CleanupHistoryUseCase {

    AdminOnly<Long> deleteHistoryBefore(User actor, Instant cutoff);
}
