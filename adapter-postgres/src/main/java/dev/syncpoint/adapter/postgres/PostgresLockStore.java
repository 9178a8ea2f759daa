package dev.syncpoint.adapter.postgres;

import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.GrantKind;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.AppointmentNotFound;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.ForceReleaseResult;
import dev.syncpoint.domain.lock.ForceReleased;
import dev.syncpoint.domain.lock.HeartbeatResult;
import dev.syncpoint.domain.lock.HeldByOther;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockStatus;
import dev.syncpoint.domain.lock.ReleaseResult;
import dev.syncpoint.domain.lock.Released;
import dev.syncpoint.domain.lock.Renewed;
import dev.syncpoint.domain.lock.TakenOver;
import dev.syncpoint.domain.lock.TakeoverResult;
import dev.syncpoint.domain.lock.TransferResult;
import dev.syncpoint.domain.lock.Transferred;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LockStore} on PostgreSQL, where the database makes every decision. Each transition is one short
 * read-committed transaction:
 *
 * <ol>
 *   <li>lock the appointment's {@code lock_slots} row ({@code FOR UPDATE}), so transitions on one
 *       appointment run one after the other, and only then read {@code clock_timestamp()} once: every
 *       decision of the transaction is made at that instant (rule 1);
 *   <li>delete the lock if it expired by then, to be recorded as {@code expired} at its expiry (rule 2),
 *       and check that the appointment still exists, or answer {@code AppointmentNotFound};
 *   <li>run the transition as one conditional statement ({@code INSERT … ON CONFLICT … DO UPDATE … WHERE},
 *       {@code UPDATE … WHERE} or {@code DELETE … WHERE}, each {@code RETURNING} the rows it changed) whose
 *       conditions are the rule: a grant also moves the slot's fencing counter in the same statement;
 *   <li>if the statement changed nothing, read the live lock and name the refusal as {@code LockSlot}
 *       names it, counting a conflict when it is {@code HeldByOther} (rules 4 to 6);
 *   <li>write the history rows of everything that changed, then commit, so a change and its rows are
 *       stored together or not at all (rule 12).
 * </ol>
 *
 * <p>The sweeper locks the slots of expired locks with {@code SKIP LOCKED} and deletes those locks in one
 * statement, so with several sweepers each expired lock is ended, and recorded, by exactly one (rule 7).
 */
public final class PostgresLockStore implements LockStore {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresLockStore.class);

    private final Transactions transactions;
    private final LockSql sql;

    PostgresLockStore(Transactions transactions, LockSql sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    @Override
    public Instant now() {
        return transactions.single("reading the clock", sql::now);
    }

    @Override
    public AcquireResult acquire(AppointmentId appointment, UserRef who, Duration ttl, OptionalLong expectedVersion) {
        return transition(
                "acquiring",
                appointment,
                slot -> {
                    Optional<Lock> decided = grantOrRenew(slot, who, ttl, expectedVersion);
                    if (decided.isEmpty()) {
                        return refusedAcquire(slot, who, ttl, expectedVersion);
                    }

                    Lock lock = decided.get();
                    if (!lock.fencingToken().equals(slot.nextToken())) {
                        LOG.debug("lock on {} renewed by {} (version {})", appointment, who.id(), lock.version());
                        return new Renewed(lock, slot.now());
                    }
                    slot.record(HistoryEntry.granted(lock, GrantKind.ACQUIRE, Optional.empty()));
                    LOG.debug("lock on {} granted to {} (token {})", appointment, who.id(), lock.fencingToken());
                    return new Acquired(lock, slot.expired(), slot.now());
                },
                missing(appointment));
    }

    @Override
    public HeartbeatResult heartbeat(
            AppointmentId appointment,
            UserId who,
            Duration ttl,
            OptionalLong expectedVersion,
            Optional<FencingToken> fencingToken) {
        return transition(
                "renewing",
                appointment,
                slot -> {
                    Optional<Lock> renewed = slot.sql()
                            .renew(
                                    appointment.value(),
                                    who.value(),
                                    slot.now(),
                                    slot.expiresAfter(ttl),
                                    tokenValue(fencingToken),
                                    expectedVersion);

                    if (renewed.isEmpty()) {
                        return slot.refusal(
                                (state, now) -> state.heartbeat(who, now, ttl, expectedVersion, fencingToken));
                    }
                    LOG.debug(
                            "lock on {} renewed by {} (version {})",
                            appointment,
                            who,
                            renewed.get().version());
                    return new Renewed(renewed.get(), slot.now());
                },
                missing(appointment));
    }

    @Override
    public ReleaseResult release(
            AppointmentId appointment, UserId who, OptionalLong expectedVersion, Optional<FencingToken> fencingToken) {
        return transition(
                "releasing",
                appointment,
                slot -> {
                    Optional<Lock> ended = slot.sql()
                            .endLive(
                                    appointment.value(),
                                    slot.now(),
                                    Optional.of(who.value()),
                                    Optional.empty(),
                                    tokenValue(fencingToken),
                                    expectedVersion);

                    if (ended.isEmpty()) {
                        return slot.refusal((state, now) -> state.release(who, now, expectedVersion, fencingToken));
                    }
                    Lock lock = ended.get();
                    slot.record(HistoryEntry.ended(
                            lock, HistoryAction.RELEASED, slot.now(), Optional.empty(), Optional.empty()));
                    LOG.debug("lock on {} released by {} (token {})", appointment, who, lock.fencingToken());
                    return new Released(lock, lock.heldUntil(slot.now()), slot.now());
                },
                missing(appointment));
    }

    @Override
    public ForceReleaseResult forceRelease(AppointmentId appointment, UserRef admin, Optional<String> reason) {
        return transition(
                "force-releasing",
                appointment,
                slot -> {
                    Optional<Lock> ended = slot.sql()
                            .endLive(
                                    appointment.value(),
                                    slot.now(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    OptionalLong.empty(),
                                    OptionalLong.empty());

                    if (ended.isEmpty()) {
                        return slot.refusal((state, now) -> state.forceRelease(admin, now, reason));
                    }
                    Lock lock = ended.get();
                    slot.record(HistoryEntry.ended(
                            lock, HistoryAction.FORCE_RELEASED, slot.now(), Optional.of(admin), reason));
                    LOG.debug(
                            "lock on {} of {} force-released by {}",
                            appointment,
                            lock.holder().id(),
                            admin.id());
                    return new ForceReleased(lock, admin, lock.heldUntil(slot.now()), slot.now());
                },
                missing(appointment));
    }

    @Override
    public TakeoverResult takeOver(AppointmentId appointment, UserRef admin, Duration ttl, Optional<String> reason) {
        return transition(
                "taking over",
                appointment,
                slot -> {
                    Optional<Lock> ended = slot.sql()
                            .endLive(
                                    appointment.value(),
                                    slot.now(),
                                    Optional.empty(),
                                    Optional.of(admin.id().value()),
                                    OptionalLong.empty(),
                                    OptionalLong.empty());

                    if (ended.isEmpty()) {
                        return slot.refusal((state, now) -> state.takeOver(admin, now, ttl, reason));
                    }
                    Lock previous = ended.get();
                    slot.record(HistoryEntry.ended(
                            previous, HistoryAction.FORCE_RELEASED, slot.now(), Optional.of(admin), reason));
                    Lock granted = grant(slot, admin, ttl);
                    slot.record(HistoryEntry.granted(granted, GrantKind.TAKEOVER, reason));
                    LOG.debug(
                            "lock on {} taken over from {} by {}",
                            appointment,
                            previous.holder().id(),
                            admin.id());
                    return new TakenOver(previous, granted, slot.now());
                },
                missing(appointment));
    }

    @Override
    public TransferResult transfer(
            AppointmentId appointment, UserId from, UserRef to, Duration ttl, Optional<FencingToken> fencingToken) {
        return transition(
                "handing over",
                appointment,
                slot -> {
                    Optional<Lock> ended = slot.sql()
                            .endLive(
                                    appointment.value(),
                                    slot.now(),
                                    Optional.of(from.value()),
                                    Optional.empty(),
                                    tokenValue(fencingToken),
                                    OptionalLong.empty());

                    if (ended.isEmpty()) {
                        return slot.refusal((state, now) -> state.transfer(from, to, now, ttl, fencingToken));
                    }
                    Lock previous = ended.get();
                    slot.record(HistoryEntry.ended(
                            previous, HistoryAction.TRANSFERRED, slot.now(), Optional.of(to), Optional.empty()));
                    Lock granted = grant(slot, to, ttl);
                    slot.record(HistoryEntry.granted(granted, GrantKind.TRANSFER, Optional.empty()));
                    LOG.debug("lock on {} handed from {} to {}", appointment, from, to.id());
                    return new Transferred(previous, granted, slot.now());
                },
                missing(appointment));
    }

    @Override
    public LockStatus status(AppointmentId appointment) {
        LockReading reading =
                transactions.single("reading the lock of " + appointment, () -> sql.status(appointment.value()));
        return new LockStatus(appointment, reading.lock(), reading.now());
    }

    @Override
    public List<Lock> liveLocks() {
        return transactions.single("listing live locks", sql::liveLocks);
    }

    @Override
    public List<Lock> sweepExpired() {
        List<Lock> ended = transactions.write("sweeping expired locks", () -> {
            List<Lock> expired = sql.endAllExpired();

            if (!expired.isEmpty()) {
                sql.record(expired.stream()
                        .map(OpenSlot::expiryRow)
                        .map(HistoryRow::of)
                        .map(HistoryRow::columns)
                        .toList());
            }
            return expired;
        });
        if (!ended.isEmpty()) {
            LOG.debug("sweeper ended {} expired locks", ended.size());
        }
        return ended;
    }

    /**
     * Runs one transition as described in the class comment, answering {@code AppointmentNotFound} when
     * the appointment does not exist.
     */
    private <R> R transition(
            String what,
            AppointmentId appointment,
            Function<OpenSlot, ? extends R> decide,
            Function<Instant, ? extends R> missing) {
        return transactions.write(what + " the lock of " + appointment, () -> {
            Optional<OpenSlot> slot = OpenSlot.enter(sql, appointment);
            if (slot.isEmpty()) {
                return missing.apply(sql.now());
            }

            R result = decide.apply(slot.get());
            slot.get().flush();
            return result;
        });
    }

    private static Optional<Lock> grantOrRenew(OpenSlot slot, UserRef who, Duration ttl, OptionalLong expected) {
        return slot.sql()
                .grantOrRenew(
                        slot.appointment().value(),
                        who.id().value(),
                        StorableText.check("holder name", who.name()),
                        StorableText.check("holder email", who.email()),
                        slot.nextToken().value(),
                        slot.now(),
                        slot.expiresAfter(ttl),
                        expected);
    }

    private static AcquireResult refusedAcquire(OpenSlot slot, UserRef who, Duration ttl, OptionalLong expected) {
        AcquireResult refusal = slot.refusal((state, now) -> state.acquire(who, now, ttl, expected));
        if (refusal instanceof HeldByOther) {
            slot.sql().countConflict(slot.appointment().value());
        }
        return refusal;
    }

    private static Lock grant(OpenSlot slot, UserRef who, Duration ttl) {
        return slot.sql()
                .grant(
                        slot.appointment().value(),
                        who.id().value(),
                        StorableText.check("holder name", who.name()),
                        StorableText.check("holder email", who.email()),
                        slot.nextToken().value(),
                        slot.now(),
                        slot.expiresAfter(ttl));
    }

    private static OptionalLong tokenValue(Optional<FencingToken> token) {
        return token.map(t -> OptionalLong.of(t.value())).orElse(OptionalLong.empty());
    }

    private static Function<Instant, AppointmentNotFound> missing(AppointmentId appointment) {
        return now -> new AppointmentNotFound(appointment, now);
    }
}
