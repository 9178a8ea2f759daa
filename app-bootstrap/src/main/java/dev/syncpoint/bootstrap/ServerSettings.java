package dev.syncpoint.bootstrap;

import dev.syncpoint.domain.lock.DisconnectGrace;
import dev.syncpoint.domain.lock.LockTtl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the server reads from its environment, checked at once, so a misconfigured start names every
 * problem in one message. The variable names are those of the system SyncPoint replaces, where it had them.
 *
 * @param host the address to listen on: loopback in demo mode, since demo passwords are printed, and every
 *     interface otherwise, unless {@code HOST} says
 * @param database the server to use; empty to run an embedded one with its data in {@code dataDirectory}
 * @param jwtSecret the token signing secret; empty in demo mode, which keeps a generated one in
 *     {@code dataDirectory}
 * @param adminEmails accounts that are made admins at start, since sign-up never makes one
 */
record ServerSettings(
        Mode mode,
        String host,
        int port,
        Optional<ExternalDatabase> database,
        Optional<String> jwtSecret,
        Duration jwtLifetime,
        Duration lockTtl,
        Duration sweepInterval,
        Duration disconnectGrace,
        List<String> corsOrigins,
        List<String> adminEmails,
        Path dataDirectory) {

    static final int DEFAULT_PORT = 8088;
    static final Duration DEFAULT_JWT_LIFETIME = Duration.ofHours(24);
    static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofSeconds(60);
    static final int MIN_SECRET_LENGTH = 32;

    /** The same loose shape sign-up accepts: something, an @, a domain with a dot. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private static final Pattern ORIGIN =
            Pattern.compile("https?://([A-Za-z0-9.\\-]+|\\[[0-9a-fA-F:]+\\])(:[0-9]{1,5})?");

    /** Demo when no secret is set; production when {@code APP_ENV=production}, which then demands one. */
    enum Mode {
        DEMO,
        CONFIGURED,
        PRODUCTION
    }

    ServerSettings {
        corsOrigins = List.copyOf(corsOrigins);
        adminEmails = List.copyOf(adminEmails);
    }

    static ServerSettings fromEnvironment(Map<String, String> env) {
        return new Reader(env).read();
    }

    boolean isDemo() {
        return mode == Mode.DEMO;
    }

    /** A line for the log: every choice, no secret. */
    String describe() {
        return "mode=" + mode.name().toLowerCase() + ", listen=" + host + ":" + port + ", database="
                + database.map(Object::toString).orElse("embedded in " + dataDirectory.resolve("postgres"))
                + ", lockTtl=" + lockTtl + ", sweepInterval=" + sweepInterval + ", disconnectGrace="
                + disconnectGrace + ", jwtLifetime=" + jwtLifetime + ", corsOrigins=" + corsOrigins
                + ", admins=" + adminEmails.size();
    }

    /** Reads one environment, collecting every problem before giving up. */
    private static final class Reader {

        private final Map<String, String> env;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> env) {
            this.env = env;
        }

        ServerSettings read() {
            boolean production = production();
            Optional<String> secret = value("JWT_SECRET");
            Optional<ExternalDatabase> database = database();
            Mode mode = production ? Mode.PRODUCTION : secret.isPresent() ? Mode.CONFIGURED : Mode.DEMO;

            checkProduction(mode, secret, database);
            secret.filter(s -> s.length() < MIN_SECRET_LENGTH)
                    .ifPresent(s -> problems.add("JWT_SECRET must be at least " + MIN_SECRET_LENGTH
                            + " characters; generate one with: openssl rand -base64 48"));
            ServerSettings settings = new ServerSettings(
                    mode,
                    value("HOST").orElse(mode == Mode.DEMO ? "127.0.0.1" : "0.0.0.0"),
                    port(),
                    database,
                    secret,
                    duration("JWT_EXPIRES_IN", DEFAULT_JWT_LIFETIME),
                    ttl(),
                    duration("LOCK_SWEEP_INTERVAL", DEFAULT_SWEEP_INTERVAL),
                    duration("DISCONNECT_GRACE", DisconnectGrace.DEFAULT),
                    corsOrigins(),
                    adminEmails(),
                    Path.of(value("DATA_DIR").orElse("data")));
            if (!problems.isEmpty()) {
                throw new ConfigurationException(problems);
            }
            return settings;
        }

        private void checkProduction(Mode mode, Optional<String> secret, Optional<ExternalDatabase> database) {
            if (mode != Mode.PRODUCTION) {
                return;
            }
            if (secret.isEmpty()) {
                problems.add("APP_ENV=production needs JWT_SECRET (at least " + MIN_SECRET_LENGTH
                        + " characters; generate one with: openssl rand -base64 48)");
            }
            if (database.isEmpty()) {
                problems.add("APP_ENV=production needs a database: set DATABASE_URL"
                        + " (postgres://user:password@host:5432/name) or DB_HOST, DB_NAME, DB_USERNAME, DB_PASSWORD");
            }
        }

        /** A misspelt production (say "prod") must not quietly start a demo with a generated secret. */
        private boolean production() {
            Optional<String> environment = value("APP_ENV");
            if (environment.isEmpty() || environment.get().equalsIgnoreCase("development")) {
                return false;
            }
            if (environment.get().equalsIgnoreCase("production")) {
                return true;
            }
            problems.add("APP_ENV must be production or development (or unset), was '" + environment.get() + "'");
            return false;
        }

        /** Addresses as sign-up takes them; a typo here would otherwise leave the team without an admin. */
        private List<String> adminEmails() {
            List<String> emails = list("ADMIN_EMAILS");
            for (String email : emails) {
                if (!EMAIL.matcher(email).matches()) {
                    problems.add("ADMIN_EMAILS must be email addresses such as admin@example.com, separated by"
                            + " commas; '" + email + "' is not one");
                }
            }
            return emails;
        }

        /** Origins as browsers send them: scheme, host and an optional port, nothing after; or {@code *}. */
        private List<String> corsOrigins() {
            List<String> origins = list("CORS_ORIGINS");
            for (String origin : origins) {
                if (!origin.equals("*") && !ORIGIN.matcher(origin).matches()) {
                    problems.add("CORS_ORIGINS must be * or origins such as https://app.example.com or"
                            + " http://localhost:3000, separated by commas; '" + origin + "' is not one");
                }
            }
            return origins;
        }

        private Optional<ExternalDatabase> database() {
            Optional<String> url = value("DATABASE_URL");
            if (url.isPresent()) {
                Optional<ExternalDatabase> parsed = ExternalDatabase.fromUrl(url.get());
                if (parsed.isEmpty()) {
                    problems.add("DATABASE_URL must look like postgres://user:password@host:5432/name"
                            + " or jdbc:postgresql://host:5432/name");
                }
                return parsed;
            }
            Optional<String> host = value("DB_HOST");
            if (host.isEmpty()) {
                return Optional.empty();
            }
            int port = integer("DB_PORT", ExternalDatabase.DEFAULT_PORT, 1, 65_535);
            String name = value("DB_NAME").orElse("syncpoint");
            String user = value("DB_USERNAME").orElse("syncpoint");
            String password = value("DB_PASSWORD").orElse("");
            return Optional.of(ExternalDatabase.fromParts(host.get(), port, name, user, password));
        }

        private int port() {
            return integer("PORT", DEFAULT_PORT, 0, 65_535);
        }

        private Duration ttl() {
            Duration ttl = duration("LOCK_TTL", LockTtl.DEFAULT);
            if (ttl.compareTo(LockTtl.MAX) > 0) {
                problems.add("LOCK_TTL must be at most " + LockTtl.MAX.toHours() + "h, was '"
                        + value("LOCK_TTL").orElseThrow() + "'");
                return LockTtl.DEFAULT;
            }
            return ttl;
        }

        private Duration duration(String name, Duration fallback) {
            Optional<String> text = value(name);
            if (text.isEmpty()) {
                return fallback;
            }
            Optional<Duration> parsed = DurationText.parse(text.get()).filter(d -> !d.isZero() && !d.isNegative());
            if (parsed.isEmpty()) {
                problems.add(name + " must be a positive duration such as 300s, 5m or 24h, was '" + text.get() + "'");
                return fallback;
            }
            return parsed.get();
        }

        private int integer(String name, int fallback, int min, int max) {
            Optional<String> text = value(name);
            if (text.isEmpty()) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(text.get());
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below, with the other shapes of a bad number
            }
            problems.add(name + " must be a whole number from " + min + " to " + max + ", was '" + text.get() + "'");
            return fallback;
        }

        private List<String> list(String name) {
            return value(name)
                    .map(text -> Arrays.stream(text.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList())
                    .orElse(List.of());
        }

        /** A variable that is set to something other than blanks. */
        private Optional<String> value(String name) {
            return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
        }
    }
}
