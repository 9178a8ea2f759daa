package dev.syncpoint.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

    private static final String SECRET = "s".repeat(ServerSettings.MIN_SECRET_LENGTH);

    @Test
    void anEmptyEnvironmentIsDemoModeOnLoopbackWithTheDesignDefaults() {
        ServerSettings settings = ServerSettings.fromEnvironment(Map.of());

        assertThat(settings.mode()).isEqualTo(ServerSettings.Mode.DEMO);
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8088);
        assertThat(settings.database()).isEmpty();
        assertThat(settings.lockTtl()).isEqualTo(Duration.ofSeconds(300));
        assertThat(settings.sweepInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.disconnectGrace()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.jwtLifetime()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("data"));
    }

    @Test
    void readsEveryVariableInTheFormsPeopleWriteThem() {
        ServerSettings settings = ServerSettings.fromEnvironment(Map.of(
                "PORT", "9000",
                "JWT_SECRET", SECRET,
                "JWT_EXPIRES_IN", "2h",
                "LOCK_TTL", "120",
                "LOCK_SWEEP_INTERVAL", "PT30S",
                "DISCONNECT_GRACE", "1500ms",
                "CORS_ORIGINS", "https://a.example, https://b.example",
                "ADMIN_EMAILS", "boss@example.org"));

        assertThat(settings.mode()).isEqualTo(ServerSettings.Mode.CONFIGURED);
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.port()).isEqualTo(9000);
        assertThat(settings.jwtLifetime()).isEqualTo(Duration.ofHours(2));
        assertThat(settings.lockTtl()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.sweepInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.disconnectGrace()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.corsOrigins()).containsExactly("https://a.example", "https://b.example");
        assertThat(settings.adminEmails()).containsExactly("boss@example.org");
    }

    @Test
    void takesAHostingPlatformsDatabaseUrlWithAnEncodedPassword() {
        ServerSettings settings =
                ServerSettings.fromEnvironment(Map.of("DATABASE_URL", "postgres://app:p%40ss%2Fw0rd@db.internal/team"));

        ExternalDatabase database = settings.database().orElseThrow();
        assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/team");
        assertThat(database.user()).isEqualTo("app");
        assertThat(database.password()).isEqualTo("p@ss/w0rd");
        assertThat(database.toString()).doesNotContain("p@ss");
    }

    @Test
    void buildsTheDatabaseFromTheSeparateVariables() {
        ServerSettings settings = ServerSettings.fromEnvironment(Map.of(
                "DB_HOST", "10.0.0.5", "DB_PORT", "6543", "DB_NAME", "locks", "DB_USERNAME", "u", "DB_PASSWORD", "pw"));

        assertThat(settings.database())
                .contains(new ExternalDatabase("jdbc:postgresql://10.0.0.5:6543/locks", "u", "pw"));
        assertThat(settings.describe()).doesNotContain("pw");
    }

    @Test
    void productionRefusesToStartWithoutASecretOrADatabaseAndSaysWhatToSet() {
        assertThatThrownBy(() -> ServerSettings.fromEnvironment(Map.of("APP_ENV", "production")))
                .isInstanceOfSatisfying(
                        ConfigurationException.class,
                        e -> assertThat(e.problems())
                                .hasSize(2)
                                .anySatisfy(p -> assertThat(p).contains("JWT_SECRET"))
                                .anySatisfy(p -> assertThat(p).contains("DATABASE_URL")));
    }

    @Test
    void namesEveryBadValueAtOnce() {
        Map<String, String> env = Map.of(
                "PORT", "eighty",
                "LOCK_TTL", "0s",
                "LOCK_SWEEP_INTERVAL", "soon",
                "JWT_SECRET", "short",
                "DATABASE_URL", "mysql://x",
                "APP_ENV", "prod",
                "CORS_ORIGINS", "https://ok.example, not a url");

        assertThatThrownBy(() -> ServerSettings.fromEnvironment(env))
                .isInstanceOfSatisfying(
                        ConfigurationException.class,
                        e -> assertThat(e.problems())
                                .extracting(problem -> problem.substring(0, problem.indexOf(' ')))
                                .containsExactlyInAnyOrderElementsOf(List.of(
                                        "PORT",
                                        "LOCK_TTL",
                                        "LOCK_SWEEP_INTERVAL",
                                        "JWT_SECRET",
                                        "DATABASE_URL",
                                        "APP_ENV",
                                        "CORS_ORIGINS")));
    }

    @Test
    void refusesAnAdminListWithSomethingThatIsNotAnEmailAddress() {
        assertThatThrownBy(() -> ServerSettings.fromEnvironment(Map.of("ADMIN_EMAILS", "ada@example.com, notanemail")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ADMIN_EMAILS must be email addresses")
                .hasMessageContaining("'notanemail' is not one");
    }

    @Test
    void refusesALockTtlLongerThanADay() {
        assertThatThrownBy(() -> ServerSettings.fromEnvironment(Map.of("LOCK_TTL", "2d")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("LOCK_TTL must be at most 24h, was '2d'");
    }

    @Test
    void takesOriginsWithPortsAndBracketedAddressesAndTheStar() {
        ServerSettings settings = ServerSettings.fromEnvironment(
                Map.of("CORS_ORIGINS", "http://localhost:3000,https://[::1]:8443,*", "APP_ENV", "Development"));

        assertThat(settings.corsOrigins()).containsExactly("http://localhost:3000", "https://[::1]:8443", "*");
        assertThat(settings.mode()).isEqualTo(ServerSettings.Mode.DEMO);
    }

    @Test
    void refusesAnOriginWithAPath() {
        assertThatThrownBy(() -> ServerSettings.fromEnvironment(Map.of("CORS_ORIGINS", "https://app.example/")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'https://app.example/' is not one");
    }
}
