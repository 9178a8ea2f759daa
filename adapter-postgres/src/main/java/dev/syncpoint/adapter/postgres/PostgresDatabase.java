package dev.syncpoint.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool, the schema and the {@link Jdbi} the stores run on. {@link #open} builds a HikariCP
 * pool, brings the schema up to date with the Flyway migrations in {@code db/migration}, and hands out a
 * Jdbi configured for SyncPoint's types. Close it to close the pool.
 *
 * <p>Every connection starts with the server-side limits of {@link PostgresSettings}, so a statement that
 * waits on a lock or runs long fails on the server instead of holding a connection. The driver's own
 * connect and socket timeouts cover a server that stops answering altogether.
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);

    /** A reply slower than the longest statement plus this margin means the connection is gone. */
    private static final Duration SOCKET_MARGIN = Duration.ofSeconds(5);

    private final PostgresSettings settings;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private PostgresDatabase(PostgresSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbi = configure(Jdbi.create(dataSource));
    }

    /**
     * Connects, migrates and answers the database.
     *
     * @throws StoreUnavailableException when the server cannot be reached within the connection timeout
     */
    public static PostgresDatabase open(PostgresSettings settings) {
        HikariDataSource pool = startPool(settings);
        try {
            String version = migrate(settings, pool);
            LOG.info(
                    "PostgreSQL at {} ready: schema {} at version {}, pool of {}",
                    settings.redactedUrl(),
                    settings.schema().orElse("<default>"),
                    version,
                    settings.poolSize());
            return new PostgresDatabase(settings, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw StoreFailures.translate("migrating the schema at " + settings.redactedUrl(), e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public PostgresSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        dataSource.close();
        LOG.info("PostgreSQL pool for {} closed", settings.redactedUrl());
    }

    private static HikariDataSource startPool(PostgresSettings settings) {
        try {
            return new HikariDataSource(poolConfig(settings));
        } catch (HikariPool.PoolInitializationException e) {
            throw new StoreUnavailableException(
                    "cannot connect to PostgreSQL at " + settings.redactedUrl() + ": " + e.getMessage(), e);
        }
    }

    private static HikariConfig poolConfig(PostgresSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("syncpoint-postgres");
        config.setJdbcUrl(settings.jdbcUrl());
        // Empty credentials leave the ones in the URL, if any, in force.
        if (!settings.user().isEmpty()) {
            config.setUsername(settings.user());
        }
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(settings.poolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 2_000));
        config.setInitializationFailTimeout(settings.connectionTimeout().toMillis());
        config.addDataSourceProperty("ApplicationName", "syncpoint");
        config.addDataSourceProperty("options", serverOptions(settings));
        config.addDataSourceProperty("connectTimeout", seconds(settings.connectionTimeout()));
        config.addDataSourceProperty(
                "socketTimeout", seconds(settings.statementTimeout().plus(SOCKET_MARGIN)));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        settings.schema().ifPresent(schema -> config.addDataSourceProperty("currentSchema", schema));
        return config;
    }

    /** Limits the server applies to every session; see the class comment. */
    private static String serverOptions(PostgresSettings settings) {
        return "-c statement_timeout=" + settings.statementTimeout().toMillis()
                + " -c lock_timeout=" + settings.lockTimeout().toMillis()
                + " -c idle_in_transaction_session_timeout="
                + settings.idleInTransactionTimeout().toMillis();
    }

    /** The driver counts its timeouts in whole seconds; round up so a short timeout never becomes none. */
    private static String seconds(Duration duration) {
        long whole = Math.max(1, (duration.toMillis() + 999) / 1000);
        return Long.toString(whole);
    }

    /** Applies the pending migrations and answers the schema version reached. */
    private static String migrate(PostgresSettings settings, DataSource pool) {
        FluentConfiguration configuration = Flyway.configure().dataSource(pool).locations("classpath:db/migration");
        settings.schema().ifPresent(schema -> configuration.schemas(schema).defaultSchema(schema));
        Flyway flyway = configuration.load();

        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("applied {} schema migrations", result.migrationsExecuted);
        }
        return flyway.info().current().getVersion().getVersion();
    }

    private static Jdbi configure(Jdbi jdbi) {
        return jdbi.installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin())
                .registerArgument(new InstantArgumentFactory())
                .registerColumnMapper(new InstantColumnMapper());
    }
}
