package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.AdminOnly;
import dev.syncpoint.application.port.in.ChangeUserRoleUseCase;
import dev.syncpoint.application.port.out.UserStore;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.lang.System.Logger.Level;

/** Lets an admin promote or demote a user. */
public final class ChangeUserRoleService implements ChangeUserRoleUseCase {

    private static final System.Logger LOG = System.getLogger(ChangeUserRoleService.class.getName());

    private final UserStore users;

    public ChangeUserRoleService(UserStore users) {
        this.users = users;
    }

    @Override
    public AdminOnly<Boolean> changeRole(User actor, UserId user, Role role) {
        if (!actor.isAdmin()) {
            return new AdminOnly.Refused<>();
        }

        boolean changed = users.changeRole(user, role);
        if (changed) {
            LOG.log(Level.INFO, "admin {0} gave user {1} the role {2}", actor.id(), user, role.wireName());
        }
        return new AdminOnly.Allowed<>(changed);
    }
}
