package dev.syncpoint.adapter.postgres;

import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs units of work against the pool, each in one transaction that commits when the work returns and rolls
 * back when it throws; an unreachable database surfaces as {@link StoreUnavailableException}.
 *
 * <p>The stores' SqlObjects are made once with {@link Jdbi#onDemand}. Called inside a unit of work, they
 * run on the handle that Jdbi keeps open for it on the calling thread, and so join its transaction;
 * called outside one, each call takes a connection of its own. Attaching SqlObjects to every transaction's
 * handle instead would cost more than the statements themselves.
 */
final class Transactions {

    private final Jdbi jdbi;

    Transactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A read-write transaction at read committed: each statement sees what committed before it began. */
    <R> R write(String what, Supplier<R> work) {
        try {
            // Read committed is PostgreSQL's default, so it is not set: setting it costs a round trip.
            return jdbi.inTransaction(handle -> work.get());
        } catch (RuntimeException e) {
            throw StoreFailures.translate(what, e);
        }
    }

    /** A read-only transaction over one snapshot, so a page and its total agree. */
    <R> R read(String what, Supplier<R> work) {
        try {
            return jdbi.inTransaction(handle -> {
                handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                return work.get();
            });
        } catch (RuntimeException e) {
            throw StoreFailures.translate(what, e);
        }
    }

    /** One statement on its own, outside an explicit transaction. */
    <R> R single(String what, Supplier<R> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw StoreFailures.translate(what, e);
        }
    }
}
