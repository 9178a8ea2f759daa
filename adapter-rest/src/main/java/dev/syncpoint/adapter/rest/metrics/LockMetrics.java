package dev.syncpoint.adapter.rest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * Counts lock requests by action and outcome, as {@code syncpoint_lock_requests_total}. The outcome is
 * the name of the result record ({@code Acquired} becomes {@code acquired}, {@code HeldByOther}
 * {@code held_by_other}); results are sealed types, so the set of labels is small and fixed. Renewals,
 * which leave no history row (rule 3), are counted here.
 */
public final class LockMetrics {

    private final MeterRegistry registry;

    public LockMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(String action, Object result) {
        Counter.builder("syncpoint.lock.requests")
                .description("Lock requests over HTTP, by action and outcome")
                .tag("action", action)
                .tag("outcome", outcomeOf(result))
                .register(registry)
                .increment();
    }

    static String outcomeOf(Object result) {
        String name = result.getClass().getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
