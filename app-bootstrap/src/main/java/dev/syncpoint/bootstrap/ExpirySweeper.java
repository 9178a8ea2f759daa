package dev.syncpoint.bootstrap;

import dev.syncpoint.application.port.in.SweepExpiredLocksUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the expiry sweep (rule 7) on a fixed delay. A failed pass, such as one during a database outage, is
 * logged and the next pass tries again; it never stops the schedule.
 */
final class ExpirySweeper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExpirySweeper.class);

    private final ScheduledExecutorService scheduler;

    private ExpirySweeper(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static ExpirySweeper start(SweepExpiredLocksUseCase sweep, Duration interval) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "syncpoint-expiry-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(() -> sweepOnce(sweep), millis, millis, TimeUnit.MILLISECONDS);
        LOG.info("Expiry sweeper started, every {}", interval);
        return new ExpirySweeper(scheduler);
    }

    private static void sweepOnce(SweepExpiredLocksUseCase sweep) {
        try {
            sweep.sweep();
        } catch (RuntimeException e) {
            LOG.warn("Expiry sweep failed, will try again next interval: {}", e.toString());
        }
    }

    /** Lets a pass in progress finish, for up to a few seconds. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
        LOG.info("Expiry sweeper stopped");
    }
}
