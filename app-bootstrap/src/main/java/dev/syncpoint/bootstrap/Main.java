package dev.syncpoint.bootstrap;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the server: {@code java -jar syncpoint-server.jar}. Configuration comes from the environment (see
 * the README); a configuration problem ends the process with status 2 and a message saying what to set.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        ServerSettings settings;
        try {
            settings = ServerSettings.fromEnvironment(System.getenv());
        } catch (ConfigurationException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }

        SyncPointServer server;
        try {
            server = SyncPointServer.start(settings);
        } catch (RuntimeException e) {
            // The causes say what to fix (a port in use, a database that refuses); the trace is for debugging.
            LOG.error("SyncPoint could not start: {}", causes(e));
            LOG.debug("What stopped the start", e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "syncpoint-shutdown"));
        showDemoAccounts(server.demoAccounts(), settings, System.out);
        stopped.await();
    }

    /** The messages of a failure and its causes on one line, each once. */
    static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !text.toString().contains(message)) {
                text.append(": ").append(message);
            }
        }
        return text.toString();
    }

    /**
     * The one place demo passwords are shown: on the console, once, when they are made. They are not logged,
     * since logs travel further than a terminal.
     */
    private static void showDemoAccounts(List<DemoData.Account> accounts, ServerSettings settings, PrintStream out) {
        if (accounts.isEmpty()) {
            return;
        }
        out.println();
        out.println("=== SyncPoint demo mode: these accounts were created (shown once; also kept in "
                + settings.dataDirectory().resolve(DemoData.CREDENTIALS_FILE) + ") ===");
        for (DemoData.Account account : accounts) {
            out.printf(
                    "  %-20s %-18s %s%n",
                    account.email(), account.password(), account.role().wireName());
        }
        out.println("=== Set JWT_SECRET and APP_ENV=production for real use. ===");
        out.println();
    }
}
