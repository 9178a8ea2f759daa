package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.LockStatistics;
import java.util.Optional;

/** Lock figures for one appointment, or for all when {@code appointment} is empty. */
public interface LockStatisticsQuery {

    LockStatistics statistics(Optional<AppointmentId> appointment);
}
