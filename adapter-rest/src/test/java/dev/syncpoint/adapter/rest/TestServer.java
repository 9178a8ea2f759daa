package dev.syncpoint.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syncpoint.adapter.rest.security.BcryptPasswordHasher;
import dev.syncpoint.adapter.rest.security.JwtAccessTokens;
import dev.syncpoint.adapter.rest.security.JwtSettings;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.memory.InMemoryAdapters;
import dev.syncpoint.application.port.out.UserAccount;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The real HTTP server on a free loopback port, over the in-memory stores with the adapter's own JWT
 * tokens and bcrypt hashes. Tests talk to it through {@link #client()} and stop it when done.
 */
final class TestServer implements AutoCloseable {

    static final String SECRET = "a test secret that is comfortably longer than 32 bytes";
    static final String PASSWORD = "correct horse battery staple";

    private final InMemoryAdapters stores;
    private final RestApi api;
    private final ApiClient client;
    private final PrometheusMeterRegistry registry;
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    private TestServer(Options options) {
        InMemoryAdapters memory = InMemoryAdapters.create();
        JwtAccessTokens tokens = new JwtAccessTokens(JwtSettings.of(SECRET));
        this.stores = options.stores.apply(new InMemoryAdapters(
                memory.lockStore(),
                memory.lockHistory(),
                memory.appointmentStore(),
                memory.userStore(),
                memory.controlRequests(),
                memory.lockEvents(),
                hasher,
                tokens));
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.api = RestApi.create(
                        SyncPoint.create(stores), options.settings, options.health, registry, options.clock, c -> {})
                .start("127.0.0.1", 0);
        this.client = new ApiClient(api.port());
    }

    static TestServer start() {
        return new TestServer(new Options());
    }

    static Options with() {
        return new Options();
    }

    ApiClient client() {
        return client;
    }

    RestApi api() {
        return api;
    }

    InMemoryAdapters stores() {
        return stores;
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    /** A new plain user, signed up over HTTP. */
    Caller signUp(String name) {
        String email = uniqueEmail(name);
        Response response = client.post(
                "/api/v1/auth/signup", null, TestJson.object("email", email, "name", name, "password", PASSWORD));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return callerFrom(response.json());
    }

    /** A new admin: admins are made by configuration, so the account goes straight into the store. */
    Caller admin(String name) {
        String email = uniqueEmail(name);
        User admin = new User(UserId.random(), email, name, Role.ADMIN, Instant.now());
        assertThat(stores.userStore().add(new UserAccount(admin, hasher.hash(PASSWORD))))
                .isTrue();
        Response response =
                client.post("/api/v1/auth/signin", null, TestJson.object("email", email, "password", PASSWORD));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return callerFrom(response.json());
    }

    /** A new appointment, created by {@code owner}; answers its id. */
    String appointment(Caller owner) {
        Response created = client.post("/api/v1/appointments", owner.token(), Appointments.json("Planning"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** {@code who} takes the lock on the appointment; answers the fencing token. */
    long acquire(Caller who, String appointmentId) {
        Response acquired = client.post(Appointments.path(appointmentId, "acquire-lock"), who.token(), null);
        assertThat(acquired.status()).as(acquired.toString()).isEqualTo(200);
        return acquired.json().path("lock").path("fencingToken").asLong();
    }

    @Override
    public void close() {
        api.stop();
    }

    private static Caller callerFrom(JsonNode session) {
        JsonNode user = session.path("user");
        return new Caller(
                session.path("token").asText(),
                user.path("id").asText(),
                user.path("name").asText(),
                user.path("email").asText());
    }

    private static String uniqueEmail(String name) {
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return local + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    /** How to start a server that differs from the default one. */
    static final class Options {

        private HealthCheck health = HealthCheck.ALWAYS_UP;
        private RestSettings settings = RestSettings.defaults();
        private UnaryOperator<InMemoryAdapters> stores = UnaryOperator.identity();
        private InstantSource clock = InstantSource.system();

        Options health(HealthCheck check) {
            this.health = check;
            return this;
        }

        Options settings(RestSettings value) {
            this.settings = value;
            return this;
        }

        /** The REST adapter's own clock; the in-memory stores keep the system clock. */
        Options clock(InstantSource value) {
            this.clock = value;
            return this;
        }

        Options stores(UnaryOperator<InMemoryAdapters> change) {
            this.stores = change;
            return this;
        }

        TestServer start() {
            return new TestServer(this);
        }
    }
}
