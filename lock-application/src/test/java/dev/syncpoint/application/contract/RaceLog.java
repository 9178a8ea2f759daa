package dev.syncpoint.application.contract;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.lock.Lock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the store told one racing thread: the locks it was granted, the locks its calls ended, the
 * conflicts it was refused with, and anything in an answer that broke a rule on its own. Each thread keeps
 * its own log; the logs are merged once every thread has finished.
 */
public final class RaceLog {

    /** A lock some answer said was ended, and how. */
    public record Ending(Lock lock, HistoryAction action) {}

    private final List<Lock> grants = new ArrayList<>();
    private final List<Ending> endings = new ArrayList<>();
    private final Map<AppointmentId, Long> conflicts = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    public static RaceLog merge(Collection<RaceLog> logs) {
        RaceLog all = new RaceLog();
        for (RaceLog log : logs) {
            all.grants.addAll(log.grants);
            all.endings.addAll(log.endings);
            log.conflicts.forEach((appointment, count) -> all.conflicts.merge(appointment, count, Long::sum));
            all.problems.addAll(log.problems);
        }
        return all;
    }

    void granted(Lock lock) {
        grants.add(lock);
    }

    void ended(Lock lock, HistoryAction action) {
        endings.add(new Ending(lock, action));
    }

    void conflict(AppointmentId appointment) {
        conflicts.merge(appointment, 1L, Long::sum);
    }

    void problem(String description) {
        problems.add(description);
    }

    public List<Lock> grants() {
        return List.copyOf(grants);
    }

    public List<Ending> endings() {
        return List.copyOf(endings);
    }

    public long conflicts(AppointmentId appointment) {
        return conflicts.getOrDefault(appointment, 0L);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }
}
