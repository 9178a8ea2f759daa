package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.adapter.rest.security.SignInLimits;
import dev.syncpoint.application.contract.MutableClock;
import dev.syncpoint.application.memory.InMemoryAdapters;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.application.port.out.StoreUnavailableException;
import dev.syncpoint.application.port.out.UserAccount;
import dev.syncpoint.application.port.out.UserStore;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins are limited per email and per client address over a sliding window (DESIGN's 429). The
 * server's clock stands still until a test moves it, and other loopback addresses (127.0.0.2, …) stand in
 * for other people's machines.
 */
class SignInThrottleTest {

    private static final String SIGN_IN = "/api/v1/auth/signin";
    private static final String WRONG = "not the password";

    private final MutableClock clock = MutableClock.startingAt(Instant.parse("2031-05-01T09:00:00Z"));
    private final AtomicBoolean storeDown = new AtomicBoolean();
    private final TestServer server = TestServer.with()
            .clock(clock)
            .stores(this::withSwitchableUsers)
            .settings(RestSettings.defaults().withSignInLimits(new SignInLimits(10, 30, Duration.ofMinutes(5))))
            .start();
    private final Caller alice = server.signUp("Alice");
    private final Caller bob = server.signUp("Bob");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theEleventhFailureForOneEmailWaitsWithRetryAfterAndAProblem() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(signIn(alice.email(), WRONG, "127.0.0.1").status());
        }

        Response throttled = signIn(alice.email(), WRONG, "127.0.0.1");
        Response rightPassword = signIn(alice.email(), TestServer.PASSWORD, "127.0.0.1");

        assertThat(statuses).containsOnly(401);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(throttled.problemType()).isEqualTo("sign-in-throttled");
        assertThat(throttled.header("Retry-After")).isEqualTo("300");
        assertThat(throttled.json().path("retryAfterSeconds").asLong()).isEqualTo(300);
        assertThat(throttled.json().path("detail").asText())
                .isEqualTo("too many failed sign-ins for this email; try again in 300 seconds");
        assertThat(rightPassword.status()).isEqualTo(429);
    }

    @Test
    void theWaitEndsWhenTheOldestFailureLeavesTheWindow() {
        signIn(alice.email(), WRONG, "127.0.0.1");
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 9; i++) {
            signIn(alice.email(), WRONG, "127.0.0.1");
        }

        Response waiting = signIn(alice.email(), TestServer.PASSWORD, "127.0.0.1");
        clock.advance(Duration.ofMinutes(4).minusSeconds(1));
        Response stillWaiting = signIn(alice.email(), TestServer.PASSWORD, "127.0.0.1");
        clock.advance(Duration.ofSeconds(1));
        Response signedIn = signIn(alice.email(), TestServer.PASSWORD, "127.0.0.1");

        assertThat(waiting.header("Retry-After")).isEqualTo("240");
        assertThat(stillWaiting.status()).isEqualTo(429);
        assertThat(stillWaiting.header("Retry-After")).isEqualTo("1");
        assertThat(signedIn.status()).isEqualTo(200);
    }

    @Test
    void someoneElsesFailuresOnAnotherEmailFromAnotherAddressDoNotBlockASignIn() {
        for (int i = 0; i < 40; i++) {
            signIn("nobody" + i + "@example.test", WRONG, "127.0.0.2");
        }
        for (int i = 0; i < 10; i++) {
            signIn(alice.email(), WRONG, "127.0.0.3");
        }

        Response bobFromHome = signIn(bob.email(), TestServer.PASSWORD, "127.0.0.1");
        Response bobFromTheGuessersAddress = signIn(bob.email(), TestServer.PASSWORD, "127.0.0.2");
        Response aliceFromHome = signIn(alice.email(), TestServer.PASSWORD, "127.0.0.1");

        assertThat(bobFromHome.status()).isEqualTo(200);
        assertThat(bobFromTheGuessersAddress.status()).isEqualTo(429);
        assertThat(bobFromTheGuessersAddress.json().path("detail").asText())
                .isEqualTo("too many failed sign-ins from your address; try again in 300 seconds");
        assertThat(aliceFromHome.status()).as("the email's own count is full").isEqualTo(429);
    }

    @Test
    void aSuccessfulSignInAndAnOutageAreNotCountedAsFailures() {
        for (int i = 0; i < 9; i++) {
            signIn(alice.email(), WRONG, "127.0.0.1");
        }
        Response signedIn = signIn(alice.email(), TestServer.PASSWORD, "127.0.0.1");
        storeDown.set(true);
        Response outage = signIn(alice.email(), WRONG, "127.0.0.1");
        storeDown.set(false);

        Response tenthFailure = signIn(alice.email(), WRONG, "127.0.0.1");
        Response afterIt = signIn(alice.email(), WRONG, "127.0.0.1");

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(outage.status()).isEqualTo(503);
        assertThat(tenthFailure.status()).isEqualTo(401);
        assertThat(afterIt.status()).isEqualTo(429);
    }

    @Test
    void manyClientsRacingWrongPasswordsGetExactlyTheLimitOfGuesses() throws Exception {
        int racers = 30;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return signIn(alice.email(), WRONG, "127.0.0.1").status();
                }));
            }
            start.countDown();

            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }

            Map<Integer, Long> counts =
                    statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(counts).containsOnly(Map.entry(401, 10L), Map.entry(429, 20L));
        } finally {
            pool.shutdownNow();
        }
    }

    private Response signIn(String email, String password, String fromAddress) {
        String body = TestJson.object("email", email, "password", password);
        return RawHttp.exchange(
                server.api().port(),
                RawHttp.request("POST " + SIGN_IN + " HTTP/1.1", body, "Content-Type", "application/json"),
                fromAddress);
    }

    /** The user store, switchable to "unreachable" so a sign-in can meet an outage. */
    private InMemoryAdapters withSwitchableUsers(InMemoryAdapters stores) {
        UserStore users = stores.userStore();
        UserStore switchable = new UserStore() {
            @Override
            public boolean add(UserAccount account) {
                return users.add(account);
            }

            @Override
            public Optional<UserAccount> findByEmail(String email) {
                if (storeDown.get()) {
                    throw new StoreUnavailableException("users unreachable", new java.net.ConnectException());
                }
                return users.findByEmail(email);
            }

            @Override
            public Optional<User> findById(UserId id) {
                return users.findById(id);
            }

            @Override
            public boolean changeRole(UserId id, Role role) {
                return users.changeRole(id, role);
            }

            @Override
            public Page<User> list(PageRequest page) {
                return users.list(page);
            }
        };
        return new InMemoryAdapters(
                stores.lockStore(),
                stores.lockHistory(),
                stores.appointmentStore(),
                switchable,
                stores.controlRequests(),
                stores.lockEvents(),
                stores.passwordHasher(),
                stores.accessTokens());
    }
}
