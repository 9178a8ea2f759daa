package dev.syncpoint.bootstrap;

import dev.syncpoint.adapter.postgres.PostgresAdapters;
import dev.syncpoint.adapter.postgres.PostgresDatabase;
import dev.syncpoint.adapter.postgres.PostgresSettings;
import dev.syncpoint.adapter.postgres.events.PostgresLockEvents;
import dev.syncpoint.adapter.rest.RestApi;
import dev.syncpoint.adapter.rest.RestSettings;
import dev.syncpoint.adapter.rest.security.BcryptPasswordHasher;
import dev.syncpoint.adapter.rest.security.JwtAccessTokens;
import dev.syncpoint.adapter.rest.security.JwtSettings;
import dev.syncpoint.adapter.websocket.LiveSettings;
import dev.syncpoint.adapter.websocket.LiveUpdates;
import dev.syncpoint.application.LockPolicy;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.port.out.UserStore;
import dev.syncpoint.domain.lock.DisconnectGrace;
import dev.syncpoint.domain.user.Role;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every adapter by hand from {@link ServerSettings}, starts them in order and
 * stops them in the reverse order. Closing it is the graceful shutdown: requests in flight finish, the
 * sweeper stops, the pool closes, and an embedded database stops last.
 */
public final class SyncPointServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncPointServer.class);

    private final Deque<AutoCloseable> stopOrder;
    private final RestApi api;
    private final List<DemoData.Account> demoAccounts;
    private boolean closed;

    private SyncPointServer(Deque<AutoCloseable> stopOrder, RestApi api, List<DemoData.Account> demoAccounts) {
        this.stopOrder = stopOrder;
        this.api = api;
        this.demoAccounts = demoAccounts;
    }

    static SyncPointServer start(ServerSettings settings) {
        LOG.info("Starting SyncPoint: {}", settings.describe());
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            return startInto(settings, started);
        } catch (RuntimeException | Error e) {
            // Whatever stopped the start, the parts already running (an embedded database above all)
            // must not outlive it.
            stopAll(started);
            throw e;
        }
    }

    private static SyncPointServer startInto(ServerSettings settings, Deque<AutoCloseable> started) {
        ExternalDatabase connection = settings.database().orElseGet(() -> {
            EmbeddedDatabase embedded =
                    EmbeddedDatabase.start(settings.dataDirectory().resolve("postgres"));
            started.push(embedded);
            return embedded.connection();
        });
        PostgresDatabase database = PostgresDatabase.open(
                PostgresSettings.of(connection.jdbcUrl(), connection.user(), connection.password()));
        started.push(database);

        // Other nodes on the same database hear this node's events through LISTEN/NOTIFY.
        PostgresLockEvents events = PostgresLockEvents.open(database);
        started.push(events);
        String secret = settings.jwtSecret().orElseGet(() -> DemoSecret.loadOrCreate(settings.dataDirectory()));
        JwtAccessTokens tokens = new JwtAccessTokens(JwtSettings.of(secret).withLifetime(settings.jwtLifetime()));
        PostgresAdapters ports = PostgresAdapters.create(database, events, new BcryptPasswordHasher(), tokens);
        SyncPoint syncPoint = SyncPoint.create(
                ports, new LockPolicy(settings.lockTtl(), new DisconnectGrace(settings.disconnectGrace())));

        promoteAdmins(ports.userStore(), settings.adminEmails());
        List<DemoData.Account> demo = settings.isDemo()
                ? new DemoData().seedIfEmpty(syncPoint, ports.userStore(), settings.dataDirectory())
                : List.of();

        started.push(ExpirySweeper.start(syncPoint.sweepExpiredLocks(), settings.sweepInterval()));
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RestSettings rest = RestSettings.defaults().withCorsOrigins(settings.corsOrigins());
        LiveSettings liveSettings = LiveSettings.defaults().withDisconnectGrace(settings.disconnectGrace());
        LiveUpdates live = LiveUpdates.create(syncPoint, events, liveSettings, Clock.systemUTC());
        RestApi api =
                RestApi.create(syncPoint, rest, new DatabaseHealth(database.dataSource()), registry, live::register);
        startListening(api, live, settings);

        // Popped in reverse: the live channel closes its connections and withdraws this node's presence
        // before the HTTP server stops, so watchers reconnect elsewhere while requests in flight finish.
        started.push(api::stop);
        started.push(live);
        LOG.info("SyncPoint is up on http://{}:{}/", settings.host(), api.port());
        return new SyncPointServer(started, api, demo);
    }

    private static void startListening(RestApi api, LiveUpdates live, ServerSettings settings) {
        try {
            api.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            live.close();
            throw e;
        }
    }

    /** Admins are made by configuration (ADMIN_EMAILS) or by another admin, never by signing up. */
    private static void promoteAdmins(UserStore users, List<String> emails) {
        for (String email : emails) {
            Optional<dev.syncpoint.application.port.out.UserAccount> account = users.findByEmail(email);
            if (account.isEmpty()) {
                LOG.warn("ADMIN_EMAILS names {}, who has no account yet; it becomes admin at the next start", email);
            } else if (account.get().user().role() != Role.ADMIN) {
                users.changeRole(account.get().user().id(), Role.ADMIN);
                LOG.info(
                        "Made {} an admin, as ADMIN_EMAILS says",
                        account.get().user().id());
            }
        }
    }

    public int port() {
        return api.port();
    }

    /** The demo accounts this start created, with their passwords; empty unless it seeded demo data. */
    List<DemoData.Account> demoAccounts() {
        return demoAccounts;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("Stopping SyncPoint");
        stopAll(stopOrder);
        LOG.info("SyncPoint stopped");
    }

    private static void stopAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("A part did not stop cleanly: {}", e.toString());
            }
        }
    }
}
