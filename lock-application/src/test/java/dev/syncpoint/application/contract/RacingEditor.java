package dev.syncpoint.application.contract;

import static dev.syncpoint.domain.history.HistoryAction.EXPIRED;
import static dev.syncpoint.domain.history.HistoryAction.FORCE_RELEASED;
import static dev.syncpoint.domain.history.HistoryAction.RELEASED;
import static dev.syncpoint.domain.history.HistoryAction.TRANSFERRED;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.ForceReleaseResult;
import dev.syncpoint.domain.lock.ForceReleased;
import dev.syncpoint.domain.lock.HeartbeatResult;
import dev.syncpoint.domain.lock.HeldByOther;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.ReleaseResult;
import dev.syncpoint.domain.lock.Released;
import dev.syncpoint.domain.lock.Renewed;
import dev.syncpoint.domain.lock.TakenOver;
import dev.syncpoint.domain.lock.TakeoverResult;
import dev.syncpoint.domain.lock.TransferResult;
import dev.syncpoint.domain.lock.Transferred;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One racing thread: a person who, until the race ends, picks one of the appointments at random and
 * acquires, renews, releases or hands over its lock; an admin also force-releases and takes over. It logs
 * what the store answered and notes any answer that is wrong on its own.
 */
public final class RacingEditor implements Callable<RaceLog> {

    private static final long MAX_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final RaceSetup race;
    private final UserRef me;
    private final boolean admin;
    private final Duration ttl;
    private final Map<AppointmentId, FencingToken> myTokens = new HashMap<>();
    private final RaceLog log = new RaceLog();

    public RacingEditor(RaceSetup race, UserRef me, boolean admin, Duration ttl) {
        this.race = race;
        this.me = me;
        this.admin = admin;
        this.ttl = ttl;
    }

    @Override
    public RaceLog call() throws InterruptedException {
        long stopAt = race.awaitStart();
        for (int done = 0; done < race.maxOperations() && System.nanoTime() < stopAt; done++) {
            step(pick(), random().nextInt(100));
            // A short, random pause varies the interleavings from one operation to the next.
            LockSupport.parkNanos(random().nextLong(MAX_PAUSE_NANOS));
        }
        return log;
    }

    /**
     * Acquires are the commonest call, so every appointment is contended; admins intervene rarely, so most
     * locks still end by release, hand-over or expiry rather than by force.
     */
    private void step(AppointmentId appointment, int dice) {
        if (admin && dice < 2) {
            forceRelease(appointment);
        } else if (admin && dice < 4) {
            takeOver(appointment);
        } else if (dice < 50) {
            acquire(appointment);
        } else if (dice < 65) {
            heartbeat(appointment);
        } else if (dice < 85) {
            release(appointment);
        } else if (dice < 93) {
            transfer(appointment);
        } else {
            race.store().status(appointment);
        }
    }

    private void acquire(AppointmentId appointment) {
        AcquireResult answer = race.store().acquire(appointment, me, ttl, OptionalLong.empty());
        if (answer instanceof Acquired acquired) {
            checkFresh(acquired.lock(), acquired.serverNow());
            acquired.expiredFirst().ifPresent(expired -> log.ended(expired, EXPIRED));
            granted(acquired.lock());
        } else if (answer instanceof Renewed renewed) {
            checkMine(renewed.lock(), "renewed by acquire");
        } else if (answer instanceof HeldByOther held) {
            log.conflict(appointment);
            if (held.current().isHeldBy(me.id())) {
                log.problem("refused as held by another while holding it myself: " + held);
            }
        }
    }

    private void heartbeat(AppointmentId appointment) {
        Optional<FencingToken> token = maybeMyToken(appointment);
        HeartbeatResult answer = race.store().heartbeat(appointment, me.id(), ttl, OptionalLong.empty(), token);
        if (answer instanceof Renewed renewed) {
            checkMine(renewed.lock(), "renewed by heartbeat");
            if (token.isPresent() && !token.get().equals(renewed.lock().fencingToken())) {
                log.problem("a heartbeat with token " + token.get() + " renewed another lock: " + renewed);
            }
        }
    }

    private void release(AppointmentId appointment) {
        Optional<FencingToken> token = maybeMyToken(appointment);
        ReleaseResult answer = race.store().release(appointment, me.id(), OptionalLong.empty(), token);
        if (answer instanceof Released released) {
            checkMine(released.ended(), "released");
            log.ended(released.ended(), RELEASED);
        }
    }

    private void forceRelease(AppointmentId appointment) {
        ForceReleaseResult answer = race.store().forceRelease(appointment, me, Optional.of("race"));
        if (answer instanceof ForceReleased forced) {
            log.ended(forced.ended(), FORCE_RELEASED);
        }
    }

    private void takeOver(AppointmentId appointment) {
        TakeoverResult answer = race.store().takeOver(appointment, me, ttl, Optional.of("race"));
        if (answer instanceof TakenOver takenOver) {
            log.ended(takenOver.ended(), FORCE_RELEASED);
            checkFresh(takenOver.granted(), takenOver.serverNow());
            granted(takenOver.granted());
        }
    }

    private void transfer(AppointmentId appointment) {
        UserRef to = race.everyone().get(random().nextInt(race.everyone().size()));
        TransferResult answer = race.store().transfer(appointment, me.id(), to, ttl, maybeMyToken(appointment));
        if (answer instanceof Transferred transferred) {
            checkMine(transferred.ended(), "handed over");
            log.ended(transferred.ended(), TRANSFERRED);
            checkFresh(transferred.granted(), transferred.serverNow());
            log.granted(transferred.granted());
        }
    }

    private void granted(Lock lock) {
        log.granted(lock);
        myTokens.put(lock.appointmentId(), lock.fencingToken());
    }

    private void checkFresh(Lock lock, Instant serverNow) {
        if (lock.version() != 1 || !lock.expiresAt().equals(serverNow.plus(ttl))) {
            log.problem("a new lock must have version 1 and expire one ttl after serverNow " + serverNow + ": " + lock);
        }
    }

    private void checkMine(Lock lock, String what) {
        if (!lock.isHeldBy(me.id())) {
            log.problem(me.name() + " was told a lock held by someone else was " + what + ": " + lock);
        }
    }

    /** Half of the time the token this thread was last granted on the appointment, which may be stale. */
    private Optional<FencingToken> maybeMyToken(AppointmentId appointment) {
        return random().nextBoolean() ? Optional.ofNullable(myTokens.get(appointment)) : Optional.empty();
    }

    private AppointmentId pick() {
        return race.appointments().get(random().nextInt(race.appointments().size()));
    }

    private static ThreadLocalRandom random() {
        return ThreadLocalRandom.current();
    }
}
