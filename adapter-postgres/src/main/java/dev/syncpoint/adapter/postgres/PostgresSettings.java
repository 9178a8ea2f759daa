package dev.syncpoint.adapter.postgres;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach PostgreSQL and how long to wait for it. The defaults suit a server whose lock transitions
 * take milliseconds: a caller waits at most {@code connectionTimeout} for a connection when the database is
 * down, and a statement stuck behind a lock or a slow query fails instead of holding a request forever.
 *
 * @param jdbcUrl a {@code jdbc:postgresql://} URL; it may carry a password, so it is never logged as given
 * @param schema the schema to keep the tables in, created by the migrations; empty for the user's default
 * @param poolSize the fixed number of pooled connections
 * @param connectionTimeout how long a caller waits for a pooled connection before the store is unavailable
 * @param statementTimeout the longest any one statement may run ({@code statement_timeout})
 * @param lockTimeout the longest a statement waits for a row lock ({@code lock_timeout})
 * @param idleInTransactionTimeout how long the server keeps a transaction that a client left open
 */
public record PostgresSettings(
        String jdbcUrl,
        String user,
        String password,
        Optional<String> schema,
        int poolSize,
        Duration connectionTimeout,
        Duration statementTimeout,
        Duration lockTimeout,
        Duration idleInTransactionTimeout) {

    public static final int DEFAULT_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT = Duration.ofSeconds(30);

    /** HikariCP refuses to wait less than this for a connection. */
    private static final Duration SHORTEST_CONNECTION_TIMEOUT = Duration.ofMillis(250);

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(schema, "schema");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with jdbc:postgresql:");
        }
        schema.ifPresent(PostgresSettings::checkSchemaName);
        if (poolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection, was " + poolSize);
        }
        if (connectionTimeout.compareTo(SHORTEST_CONNECTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException("connectionTimeout must be at least " + SHORTEST_CONNECTION_TIMEOUT);
        }
        requirePositive("statementTimeout", statementTimeout);
        requirePositive("lockTimeout", lockTimeout);
        requirePositive("idleInTransactionTimeout", idleInTransactionTimeout);
    }

    /** Settings with the defaults above, in the user's default schema. */
    public static PostgresSettings of(String jdbcUrl, String user, String password) {
        return new PostgresSettings(
                jdbcUrl,
                user,
                password,
                Optional.empty(),
                DEFAULT_POOL_SIZE,
                DEFAULT_CONNECTION_TIMEOUT,
                DEFAULT_STATEMENT_TIMEOUT,
                DEFAULT_LOCK_TIMEOUT,
                DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT);
    }

    public PostgresSettings inSchema(String name) {
        return new PostgresSettings(
                jdbcUrl,
                user,
                password,
                Optional.of(name),
                poolSize,
                connectionTimeout,
                statementTimeout,
                lockTimeout,
                idleInTransactionTimeout);
    }

    public PostgresSettings withPoolSize(int size) {
        return new PostgresSettings(
                jdbcUrl,
                user,
                password,
                schema,
                size,
                connectionTimeout,
                statementTimeout,
                lockTimeout,
                idleInTransactionTimeout);
    }

    public PostgresSettings withConnectionTimeout(Duration timeout) {
        return new PostgresSettings(
                jdbcUrl,
                user,
                password,
                schema,
                poolSize,
                timeout,
                statementTimeout,
                lockTimeout,
                idleInTransactionTimeout);
    }

    public PostgresSettings withStatementTimeout(Duration timeout) {
        return new PostgresSettings(
                jdbcUrl,
                user,
                password,
                schema,
                poolSize,
                connectionTimeout,
                timeout,
                lockTimeout,
                idleInTransactionTimeout);
    }

    /** The URL with any password taken out, fit for a log line. */
    public String redactedUrl() {
        return JdbcUrls.redact(jdbcUrl);
    }

    @Override
    public String toString() {
        return "PostgresSettings[url=" + redactedUrl() + ", user=" + user + ", password=<hidden>, schema="
                + schema.orElse("<default>") + ", poolSize=" + poolSize + ", connectionTimeout=" + connectionTimeout
                + ", statementTimeout=" + statementTimeout + ", lockTimeout=" + lockTimeout
                + ", idleInTransactionTimeout=" + idleInTransactionTimeout + "]";
    }

    /** The schema name ends up in the search path, so only plain identifiers are accepted. */
    private static void checkSchemaName(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("a schema name is lower-case letters, digits and _, was " + name);
        }
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
