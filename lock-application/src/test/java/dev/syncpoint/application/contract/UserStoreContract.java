package dev.syncpoint.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.application.port.out.UserAccount;
import dev.syncpoint.application.port.out.UserStore;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code UserStore} must do: keep accounts, one per email whatever its case. */
public abstract class UserStoreContract {

    private UserStore users;

    /** Called before each test; answers a store with no accounts. */
    protected abstract UserStore openUserStore();

    @BeforeEach
    final void openAnEmptyStore() {
        users = openUserStore();
    }

    @Test
    void anAddedAccountIsFoundByItsEmailAndItsUserById() {
        UserAccount account = ContractTestData.account("Alice", Role.USER);

        boolean added = users.add(account);

        assertThat(added).isTrue();
        assertThat(users.findByEmail(account.user().email())).contains(account);
        assertThat(users.findById(account.user().id())).contains(account.user());
    }

    @Test
    void findByEmailComparesInLowerCase() {
        UserAccount account = ContractTestData.account("Alice", Role.USER);
        users.add(account);

        Optional<UserAccount> found = users.findByEmail(account.user().email().toUpperCase(Locale.ROOT));

        assertThat(found).contains(account);
    }

    @Test
    void aSecondAccountWithTheSameEmailIsRefusedAndTheFirstIsKept() {
        UserAccount first = ContractTestData.account("Alice", Role.USER);
        users.add(first);
        User sameEmail =
                new User(UserId.random(), first.user().email(), "Impostor", Role.ADMIN, ContractTestData.START);

        boolean added = users.add(new UserAccount(sameEmail, "another-hash"));

        assertThat(added).isFalse();
        assertThat(users.findByEmail(first.user().email())).contains(first);
        assertThat(users.findById(sameEmail.id())).isEmpty();
    }

    @Test
    void accountsAddedAtOnceWithOneEmailLeaveExactlyOneStored() {
        String email = ContractTestData.account("Alice", Role.USER).user().email();

        List<Boolean> added = Simultaneously.run(16, i -> users.add(accountWithEmail(email, "Alice " + i)));

        assertThat(added).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(users.list(PageRequest.first(100)).total()).isEqualTo(1);
    }

    @Test
    void unknownEmailsAndIdsFindNothing() {
        users.add(ContractTestData.account("Alice", Role.USER));

        Optional<UserAccount> byEmail = users.findByEmail("nobody@example.test");
        Optional<User> byId = users.findById(UserId.random());

        assertThat(byEmail).isEmpty();
        assertThat(byId).isEmpty();
    }

    @Test
    void changeRoleGivesTheUserTheNewRole() {
        UserAccount account = ContractTestData.account("Alice", Role.USER);
        users.add(account);

        boolean changed = users.changeRole(account.user().id(), Role.ADMIN);

        assertThat(changed).isTrue();
        assertThat(users.findById(account.user().id())).map(User::role).contains(Role.ADMIN);
        assertThat(users.findByEmail(account.user().email()))
                .map(found -> found.user().role())
                .contains(Role.ADMIN);
    }

    @Test
    void changeRoleOfAnUnknownUserAnswersFalse() {
        boolean changed = users.changeRole(UserId.random(), Role.ADMIN);

        assertThat(changed).isFalse();
    }

    @Test
    void namesAndHashesComeBackExactlyAsTheyWereGiven() {
        User user = new User(
                UserId.random(),
                "zoe.o'brien@example.test",
                "Zoë O'Brien \"🦷\"; DROP TABLE users;--",
                Role.USER,
                ContractTestData.START);
        UserAccount account = new UserAccount(user, "$pbkdf2$310000$c2FsdA==$aGFzaA==");

        users.add(account);

        assertThat(users.findByEmail(user.email())).contains(account);
    }

    @Test
    void pagesOfTheListTogetherHoldEveryUserOnceWithTheTotal() {
        List<User> added = new ArrayList<>();
        for (String name : List.of("Alice", "Bob", "Carol", "Dan", "Eve")) {
            UserAccount account = ContractTestData.account(name, Role.USER);
            users.add(account);
            added.add(account.user());
        }

        Page<User> first = users.list(new PageRequest(0, 2));
        Page<User> second = users.list(new PageRequest(2, 2));
        Page<User> third = users.list(new PageRequest(4, 2));

        List<User> listed = new ArrayList<>(first.items());
        listed.addAll(second.items());
        listed.addAll(third.items());
        assertThat(listed).containsExactlyInAnyOrderElementsOf(added);
        assertThat(first.total()).isEqualTo(5);
        assertThat(third.hasMore()).isFalse();
    }

    private static UserAccount accountWithEmail(String email, String name) {
        User user = new User(UserId.random(), email, name, Role.USER, ContractTestData.START);
        return new UserAccount(user, "hash-of-" + name);
    }
}
