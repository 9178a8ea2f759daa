package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;

/** An admin makes another user an admin, or a user again. Answers whether such a user existed. */
public interface ChangeUserRoleUseCase {

    AdminOnly<Boolean> changeRole(User actor, UserId user, Role role);
}
