package dev.syncpoint.application.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs one task on many threads that are released together by a barrier, so their calls really race.
 * Bounded: a thread that has not finished after {@link #PATIENCE} fails the test, as does any exception.
 */
public final class Simultaneously {

    /** Long enough for any store to answer; reaching it means a thread hung. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private Simultaneously() {}

    /** Answers what {@code task} returned on each thread, by thread number {@code 0..threads-1}. */
    public static <T> List<T> run(int threads, IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int number = i;
                futures.add(pool.submit(() -> {
                    start.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    return task.apply(number);
                }));
            }
            return collect(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    static <T> List<T> collect(List<Future<T>> futures) {
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(await(future));
        }
        return results;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("a racing thread failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("a racing thread did not finish within " + PATIENCE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a racing thread", e);
        }
    }
}
