package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.application.port.out.UserAccount;
import dev.syncpoint.application.port.out.UserStore;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * {@link UserStore} on PostgreSQL. {@link User} keeps emails in lower case, so the unique index on the
 * stored email compares them as the domain does, and two accounts added at once with one email leave one:
 * the database refuses the second insert, which answers false.
 */
public final class PostgresUserStore implements UserStore {

    private final Transactions transactions;
    private final UserSql sql;

    PostgresUserStore(Transactions transactions, UserSql sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    @Override
    public boolean add(UserAccount account) {
        User user = account.user();
        int added = transactions.single(
                "adding user " + user.id(),
                () -> sql.add(
                        user.id().value(),
                        StorableText.check("email", user.email()),
                        StorableText.check("name", user.name()),
                        user.role().wireName(),
                        StorableText.check("password hash", account.passwordHash()),
                        user.createdAt()));
        return added == 1;
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        String normalized = User.normalizeEmail(email);
        if (!StorableText.isStorable(normalized)) {
            return Optional.empty();
        }
        return transactions.single("finding a user by email", () -> sql.findByEmail(normalized));
    }

    @Override
    public Optional<User> findById(UserId id) {
        return transactions
                .single("finding user " + id, () -> sql.findById(id.value()))
                .map(UserAccount::user);
    }

    @Override
    public boolean changeRole(UserId id, Role role) {
        int changed = transactions.single(
                "changing the role of user " + id, () -> sql.changeRole(id.value(), role.wireName()));
        return changed == 1;
    }

    @Override
    public Page<User> list(PageRequest page) {
        return transactions.read("listing users", () -> {
            List<User> users = sql.list(page.offset(), page.limit()).stream()
                    .map(UserAccount::user)
                    .toList();
            return new Page<>(users, sql.count(), page);
        });
    }
}
