package dev.syncpoint.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and its driver, as {@code apt-get install chromium chromium-driver} puts them.
 * Without them the browser tests are skipped and say why, except in CI, where a missing browser is a
 * broken build rather than a reason to test less.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    static void requireInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String missing = "the browser tests need Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
                + "); install them with: apt-get install -y chromium chromium-driver";
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true, so browser tests may not be skipped: " + missing);
        }
        assumeTrue(installed, "Skipping: " + missing);
    }

    /** A headless browser window of the given size, with its own profile (so its own signed-in user). */
    static ChromeDriver open(int width, int height) {
        return new ChromeDriver(service(), options(width, height));
    }

    /** A phone-sized screen; a headless window cannot be made narrower than about 500 px, an emulated one can. */
    static ChromeDriver openPhone(int width, int height) {
        ChromeOptions options = options(width, height);
        options.setExperimentalOption(
                "mobileEmulation", Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1)));
        return new ChromeDriver(service(), options);
    }

    private static ChromeOptions options(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                // This machine's network is closed: without these, Chromium keeps trying to reach Google.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=" + width + "," + height);
        // Keeps the page's console, so a test can ask whether anything went wrong in it.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    private static ChromeDriverService service() {
        return new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
    }
}
