package dev.syncpoint.application.memory;

import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.application.port.out.UserAccount;
import dev.syncpoint.application.port.out.UserStore;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link UserStore} in memory. One monitor guards both indexes, so they never disagree. */
public final class InMemoryUserStore implements UserStore {

    private final Map<String, UserAccount> byEmail = new HashMap<>();
    private final Map<UserId, String> emailById = new HashMap<>();

    @Override
    public synchronized boolean add(UserAccount account) {
        User user = account.user();
        if (byEmail.containsKey(user.email()) || emailById.containsKey(user.id())) {
            return false;
        }
        byEmail.put(user.email(), account);
        emailById.put(user.id(), user.email());
        return true;
    }

    @Override
    public synchronized Optional<UserAccount> findByEmail(String email) {
        return Optional.ofNullable(byEmail.get(User.normalizeEmail(email)));
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(emailById.get(id)).map(byEmail::get).map(UserAccount::user);
    }

    @Override
    public synchronized boolean changeRole(UserId id, Role role) {
        String email = emailById.get(id);
        if (email == null) {
            return false;
        }
        UserAccount account = byEmail.get(email);
        User user = account.user();
        User changed = new User(user.id(), user.email(), user.name(), role, user.createdAt());
        byEmail.put(email, new UserAccount(changed, account.passwordHash()));
        return true;
    }

    @Override
    public synchronized Page<User> list(PageRequest page) {
        List<User> all = byEmail.values().stream()
                .map(UserAccount::user)
                .sorted(Comparator.comparing(User::email))
                .toList();
        List<User> slice = all.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(slice, all.size(), page);
    }
}
