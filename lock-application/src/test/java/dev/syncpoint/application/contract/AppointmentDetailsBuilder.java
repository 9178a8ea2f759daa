package dev.syncpoint.application.contract;

import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentStatus;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** Valid appointment details with sensible defaults; tests change only what their behaviour is about. */
public final class AppointmentDetailsBuilder {

    private String title = "Dental check-up";
    private String description = "Yearly check, bring the X-rays.";
    private OffsetDateTime start = OffsetDateTime.parse("2031-03-10T09:00:00+01:00");
    private Duration length = Duration.ofMinutes(30);
    private AppointmentStatus status = AppointmentStatus.SCHEDULED;
    private String location = "Room 4";
    private String organizer = "Dr. Ruiz";
    private List<String> attendees = List.of("pat@example.test");

    AppointmentDetailsBuilder() {}

    public AppointmentDetailsBuilder titled(String value) {
        this.title = value;
        return this;
    }

    public AppointmentDetailsBuilder describedAs(String value) {
        this.description = value;
        return this;
    }

    public AppointmentDetailsBuilder startingAt(OffsetDateTime value) {
        this.start = value;
        return this;
    }

    public AppointmentDetailsBuilder lasting(Duration value) {
        this.length = value;
        return this;
    }

    public AppointmentDetailsBuilder withStatus(AppointmentStatus value) {
        this.status = value;
        return this;
    }

    public AppointmentDetailsBuilder at(String value) {
        this.location = value;
        return this;
    }

    public AppointmentDetailsBuilder organizedBy(String value) {
        this.organizer = value;
        return this;
    }

    public AppointmentDetailsBuilder withAttendees(List<String> value) {
        this.attendees = value;
        return this;
    }

    public AppointmentDetails build() {
        return new AppointmentDetails(
                title, description, start, start.plus(length), status, location, organizer, attendees);
    }
}
