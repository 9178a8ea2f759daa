package dev.syncpoint.application.memory;

import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.AppointmentChanged;
import dev.syncpoint.domain.lock.AppointmentNotFound;
import dev.syncpoint.domain.lock.AppointmentRemoved;
import dev.syncpoint.domain.lock.AppointmentWriteGuard;
import dev.syncpoint.domain.lock.DeleteAppointmentResult;
import dev.syncpoint.domain.lock.EditPermit;
import dev.syncpoint.domain.lock.ReleaseResult;
import dev.syncpoint.domain.lock.Released;
import dev.syncpoint.domain.lock.Transition;
import dev.syncpoint.domain.lock.UpdateAppointmentResult;
import dev.syncpoint.domain.lock.WriteRefusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/** {@link AppointmentStore} in memory; writes check rule 11 inside the appointment's cell. */
public final class InMemoryAppointmentStore implements AppointmentStore {

    /** Ties broken by the id's text, which orders UUIDs the way SQL databases do. */
    private static final Comparator<Appointment> BY_START = Comparator.comparing(
                    (Appointment a) -> a.details().startDate().toInstant())
            .thenComparing(a -> a.id().toString());

    private final InMemoryState state;

    InMemoryAppointmentStore(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Appointment create(AppointmentId id, AppointmentDetails details) {
        return state.create(id, now -> Appointment.create(id, details, now));
    }

    @Override
    public Optional<Appointment> find(AppointmentId id) {
        return state.inCell(id, (cell, now) -> Optional.of(cell.appointment), now -> Optional.empty());
    }

    @Override
    public Page<Appointment> list(PageRequest page) {
        return page(all -> true, page);
    }

    @Override
    public Page<Appointment> overlapping(Instant from, Instant to, PageRequest page) {
        return page(appointment -> appointment.overlaps(from, to), page);
    }

    @Override
    public UpdateAppointmentResult update(AppointmentId id, AppointmentDetails details, EditPermit permit) {
        return state.inCell(
                id,
                (cell, now) -> {
                    Optional<WriteRefusal> refusal =
                            AppointmentWriteGuard.check(cell.appointment, cell.slot.lock(), permit, now);
                    if (refusal.isPresent()) {
                        return refusal.get();
                    }
                    cell.appointment = cell.appointment.change(details, now);
                    return new AppointmentChanged(cell.appointment);
                },
                now -> new AppointmentNotFound(id, now));
    }

    @Override
    public DeleteAppointmentResult delete(AppointmentId id, EditPermit permit) {
        return state.inCell(
                id,
                (cell, now) -> {
                    Optional<WriteRefusal> refusal =
                            AppointmentWriteGuard.check(cell.appointment, cell.slot.lock(), permit, now);
                    if (refusal.isPresent()) {
                        return refusal.get();
                    }
                    Transition<ReleaseResult> release = cell.slot.release(
                            permit.editor(), now, OptionalLong.empty(), Optional.of(permit.fencingToken()));
                    // The guard just saw the editor's live lock with this token, so the release must succeed.
                    Released released = (Released) release.result();
                    cell.slot = release.next();
                    state.record(release.history());
                    Appointment removed = cell.appointment;
                    cell.appointment = null;
                    return new AppointmentRemoved(removed, released.ended());
                },
                now -> new AppointmentNotFound(id, now));
    }

    private Page<Appointment> page(Predicate<Appointment> filter, PageRequest page) {
        List<Appointment> matching = new ArrayList<>();
        for (InMemoryState.Cell cell : state.cells()) {
            synchronized (cell) {
                if (cell.appointment != null && filter.test(cell.appointment)) {
                    matching.add(cell.appointment);
                }
            }
        }
        matching.sort(BY_START);
        List<Appointment> slice =
                matching.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(slice, matching.size(), page);
    }
}
