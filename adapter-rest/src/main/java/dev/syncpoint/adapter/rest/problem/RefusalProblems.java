package dev.syncpoint.adapter.rest.problem;

import dev.syncpoint.adapter.rest.view.ControlRequestView;
import dev.syncpoint.adapter.rest.view.HolderView;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.AlreadyHolder;
import dev.syncpoint.domain.lock.AlreadyRequested;
import dev.syncpoint.domain.lock.AppointmentNotFound;
import dev.syncpoint.domain.lock.HeldByOther;
import dev.syncpoint.domain.lock.InvalidAppointment;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockLost;
import dev.syncpoint.domain.lock.NoOpenRequest;
import dev.syncpoint.domain.lock.NotAdmin;
import dev.syncpoint.domain.lock.NotHolder;
import dev.syncpoint.domain.lock.NotLocked;
import dev.syncpoint.domain.lock.NotLockedByEditor;
import dev.syncpoint.domain.lock.StaleAppointmentVersion;
import dev.syncpoint.domain.lock.StaleFencingToken;
import dev.syncpoint.domain.lock.VersionConflict;
import java.time.Instant;

/**
 * The problem answer for each refusal the use cases give. Refusals are values of many sealed result
 * types; this is the one place that says which status and fields each gets, so every route answers
 * the same refusal the same way.
 */
public final class RefusalProblems {

    private RefusalProblems() {}

    /** The problem for {@code refusal}; a result that is not a refusal is a programming error. */
    public static Problem of(Object refusal) {
        if (refusal instanceof AppointmentNotFound notFound) {
            return appointmentNotFound(notFound);
        } else if (refusal instanceof HeldByOther held) {
            return heldByOther(held);
        } else if (refusal instanceof VersionConflict conflict) {
            return versionConflict(conflict);
        } else if (refusal instanceof StaleFencingToken stale) {
            return staleFencingToken(stale);
        } else if (refusal instanceof NotLocked notLocked) {
            return notLocked(notLocked);
        } else if (refusal instanceof NotHolder notHolder) {
            return notHolder(notHolder);
        } else if (refusal instanceof LockLost lost) {
            return lockLost(lost);
        } else if (refusal instanceof AlreadyHolder already) {
            return alreadyHolder(already);
        } else if (refusal instanceof NotAdmin) {
            return forbidden();
        } else if (refusal instanceof NotLockedByEditor notLocked) {
            return editLockRequired(notLocked);
        } else if (refusal instanceof StaleAppointmentVersion stale) {
            return staleAppointmentVersion(stale);
        } else if (refusal instanceof InvalidAppointment invalid) {
            return Violations.problem(invalid.violations());
        }
        throw new IllegalArgumentException("not a refusal: " + refusal);
    }

    /** For reads that answer "no such appointment" with an empty result rather than a record. */
    public static Problem appointmentNotFound(AppointmentId id) {
        return Problem.of(ProblemType.APPOINTMENT_NOT_FOUND, "no appointment has the id " + id)
                .with("appointmentId", id.value());
    }

    public static Problem forbidden() {
        return Problem.of(ProblemType.FORBIDDEN, "only an admin may do this");
    }

    /** Requests carry no clock reading of their own, so the caller supplies one read from the store. */
    public static Problem alreadyRequested(AlreadyRequested already, Instant serverNow) {
        String detail = "you already asked for control of this appointment; the holder has until "
                + already.existing().lapsesAt() + " to answer";
        return Problem.of(ProblemType.ALREADY_REQUESTED, detail)
                .with("request", ControlRequestView.of(already.existing(), serverNow))
                .with("serverNow", serverNow);
    }

    public static Problem noOpenRequest(NoOpenRequest none, String requestId, Instant serverNow) {
        if (none.request().isEmpty()) {
            String detail = "this appointment has no request for control with the id " + requestId;
            return Problem.of(ProblemType.CONTROL_REQUEST_NOT_FOUND, detail).with("serverNow", serverNow);
        }
        ControlRequestView request = ControlRequestView.of(none.request().get(), serverNow);
        String detail = "the request for control is no longer open: it was " + request.state();
        return Problem.of(ProblemType.REQUEST_NOT_OPEN, detail)
                .with("request", request)
                .with("serverNow", serverNow);
    }

    private static Problem appointmentNotFound(AppointmentNotFound notFound) {
        return appointmentNotFound(notFound.appointmentId()).with("serverNow", notFound.serverNow());
    }

    private static Problem heldByOther(HeldByOther held) {
        Lock lock = held.current();
        String detail = lock.holder().name() + " holds the lock until " + lock.expiresAt()
                + "; ask them for control or try again once it is free";
        return withLock(Problem.of(ProblemType.HELD_BY_OTHER, detail), lock, held.serverNow());
    }

    private static Problem versionConflict(VersionConflict conflict) {
        String detail = "you named lock version " + conflict.expectedVersion() + ", but the live lock is at version "
                + conflict.actualVersion();
        Problem problem = Problem.of(ProblemType.VERSION_CONFLICT, detail)
                .with("expectedVersion", conflict.expectedVersion())
                .with("actualVersion", conflict.actualVersion());
        return withLock(problem, conflict.current(), conflict.serverNow());
    }

    /**
     * Tokens only grow, and the live lock holds the newest one granted, so a lower token is an ended lock's
     * and a higher one was never granted here. The live token itself is not told, only how the two compare.
     */
    private static Problem staleFencingToken(StaleFencingToken stale) {
        long presented = stale.presented().value();
        String holder = stale.current().holder().name();
        String detail = presented < stale.current().fencingToken().value()
                ? "fencing token " + presented + " belongs to a lock that has ended; the live lock, held by " + holder
                        + ", has a newer one"
                : "fencing token " + presented + " does not belong to the live lock, held by " + holder
                        + ", and was never issued for this appointment; send the fencingToken of your acquire-lock"
                        + " answer";
        Problem problem = Problem.of(ProblemType.STALE_FENCING_TOKEN, detail).with("presentedFencingToken", presented);
        return withLock(problem, stale.current(), stale.serverNow());
    }

    private static Problem notLocked(NotLocked notLocked) {
        return Problem.of(ProblemType.NOT_LOCKED, "nobody holds the lock on this appointment")
                .with("serverNow", notLocked.serverNow());
    }

    private static Problem notHolder(NotHolder notHolder) {
        Lock lock = notHolder.current();
        String detail = "the lock is held by " + lock.holder().name() + ", not by you";
        return withLock(Problem.of(ProblemType.NOT_LOCK_HOLDER, detail), lock, notHolder.serverNow());
    }

    private static Problem lockLost(LockLost lost) {
        String detail = "you no longer hold this lock: it expired, was released or passed to someone else;"
                + " acquire it again to go on editing";
        Problem problem = Problem.of(ProblemType.LOCK_LOST, detail);
        return lost.current()
                .map(lock -> withLock(problem, lock, lost.serverNow()))
                .orElseGet(() -> problem.with("serverNow", lost.serverNow()));
    }

    private static Problem alreadyHolder(AlreadyHolder already) {
        Problem problem = Problem.of(ProblemType.ALREADY_HOLDER, "you already hold the lock on this appointment");
        return withLock(problem, already.current(), already.serverNow());
    }

    private static Problem editLockRequired(NotLockedByEditor refusal) {
        if (refusal.current().isEmpty()) {
            String detail = "you do not hold the lock on this appointment; acquire it before changing it";
            return Problem.of(ProblemType.EDIT_LOCK_REQUIRED, detail).with("serverNow", refusal.serverNow());
        }
        Lock lock = refusal.current().get();
        String detail = lock.holder().name() + " is editing this appointment until " + lock.expiresAt()
                + "; only the lock holder may change it";
        return withLock(Problem.of(ProblemType.EDIT_LOCK_REQUIRED, detail), lock, refusal.serverNow());
    }

    private static Problem staleAppointmentVersion(StaleAppointmentVersion stale) {
        String detail = "If-Match names version " + stale.expectedVersion() + ", but the appointment is at version "
                + stale.actualVersion() + "; read it again and reapply your change";
        return Problem.of(ProblemType.STALE_APPOINTMENT_VERSION, detail)
                .with("expectedVersion", stale.expectedVersion())
                .with("actualVersion", stale.actualVersion());
    }

    /** The live lock's public side: who holds it, its version and when it ends. Never its token. */
    private static Problem withLock(Problem problem, Lock lock, Instant serverNow) {
        return problem.with("holder", HolderView.of(lock.holder()))
                .with("lockVersion", lock.version())
                .with("expiresAt", lock.expiresAt())
                .with("serverNow", serverNow);
    }
}
