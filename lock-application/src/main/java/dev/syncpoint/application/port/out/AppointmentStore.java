package dev.syncpoint.application.port.out;

import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.DeleteAppointmentResult;
import dev.syncpoint.domain.lock.EditPermit;
import dev.syncpoint.domain.lock.UpdateAppointmentResult;
import java.time.Instant;
import java.util.Optional;

/**
 * Where appointments live. Changes and deletions obey rule 11: in the same unit of work as the write, the
 * store reads the appointment and its lock and applies
 * {@link dev.syncpoint.domain.lock.AppointmentWriteGuard}; a refusal writes nothing. Times come from the
 * same clock as the {@link LockStore}'s.
 */
public interface AppointmentStore {

    /** Stores a new appointment at version 1. */
    Appointment create(AppointmentId id, AppointmentDetails details);

    Optional<Appointment> find(AppointmentId id);

    /** All appointments, earliest start first (ties by id). */
    Page<Appointment> list(PageRequest page);

    /** Appointments whose span overlaps [{@code from}, {@code to}), earliest start first (ties by id). */
    Page<Appointment> overlapping(Instant from, Instant to, PageRequest page);

    /** Replaces the details and raises the version by one, if {@code permit} passes rule 11. */
    UpdateAppointmentResult update(AppointmentId id, AppointmentDetails details, EditPermit permit);

    /**
     * Deletes the appointment if {@code permit} passes rule 11, ending the editor's lock as {@code released}
     * in the same unit of work. The appointment's history stays.
     */
    DeleteAppointmentResult delete(AppointmentId id, EditPermit permit);
}
