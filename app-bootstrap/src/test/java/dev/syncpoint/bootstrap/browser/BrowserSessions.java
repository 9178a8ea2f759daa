package dev.syncpoint.bootstrap.browser;

import dev.syncpoint.bootstrap.RunningServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;

/**
 * The real server in demo mode on a free port, and as many browsers as a test asks for, each signed in
 * as one demo user. A short lock lifetime keeps heartbeats frequent, so a lost lock shows up soon even
 * where nothing else announces it. A test class may set more of the server's environment with
 * {@link ServerEnvironment}.
 */
abstract class BrowserSessions {

    static final String ALICE = "alice@example.com";
    static final String BOB = "bob@example.com";
    static final String ADMIN = "admin@example.com";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dataDirectory;

    static RunningServer server;

    private final List<AppPage> open = new ArrayList<>();

    @BeforeAll
    static void startServer(TestInfo test) {
        Chromium.requireInstalled();
        Map<String, String> settings = new HashMap<>(Map.of("LOCK_TTL", "30s"));
        test
                .getTestClass()
                .map(type -> type.getAnnotation(ServerEnvironment.class))
                .map(ServerEnvironment::value)
                .stream()
                .flatMap(Arrays::stream)
                .map(setting -> setting.split("=", 2))
                .forEach(setting -> settings.put(setting[0], setting[1]));
        server = RunningServer.start(dataDirectory, settings);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeBrowsers() {
        open.forEach(page -> page.driver.quit());
        open.clear();
    }

    /** A desktop-sized browser signed in as {@code email}. */
    AppPage signedIn(String email) {
        return browser(1280, 900).signIn(email, server.password(email));
    }

    AppPage browser(int width, int height) {
        return keep(new AppPage(Chromium.open(width, height), server.baseUrl()));
    }

    AppPage phone(int width, int height) {
        return keep(new AppPage(Chromium.openPhone(width, height), server.baseUrl()));
    }

    private AppPage keep(AppPage page) {
        open.add(page);
        return page;
    }

    /** Keeps what the page shows as build output, for people to look at. */
    static void screenshot(AppPage page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), page.driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
