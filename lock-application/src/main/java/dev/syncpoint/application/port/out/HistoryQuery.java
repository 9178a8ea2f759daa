package dev.syncpoint.application.port.out;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which history rows to read. Every filter that is present must match; the user filter matches rows where
 * the user held the lock or acted on it. {@code from} is inclusive, {@code to} exclusive.
 */
public record HistoryQuery(
        Optional<AppointmentId> appointment,
        Optional<UserId> user,
        Optional<HistoryAction> action,
        Optional<Instant> from,
        Optional<Instant> to,
        PageRequest page) {

    public HistoryQuery {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(page, "page");
    }

    public static HistoryQuery all(PageRequest page) {
        return new HistoryQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), page);
    }

    public static HistoryQuery forAppointment(AppointmentId appointment, PageRequest page) {
        return all(page).withAppointment(appointment);
    }

    public HistoryQuery withAppointment(AppointmentId value) {
        return new HistoryQuery(Optional.of(value), user, action, from, to, page);
    }

    public HistoryQuery withUser(UserId value) {
        return new HistoryQuery(appointment, Optional.of(value), action, from, to, page);
    }

    public HistoryQuery withAction(HistoryAction value) {
        return new HistoryQuery(appointment, user, Optional.of(value), from, to, page);
    }

    public HistoryQuery between(Instant fromInclusive, Instant toExclusive) {
        return new HistoryQuery(appointment, user, action, Optional.of(fromInclusive), Optional.of(toExclusive), page);
    }
}
