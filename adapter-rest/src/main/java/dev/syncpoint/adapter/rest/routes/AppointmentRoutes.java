package dev.syncpoint.adapter.rest.routes;

import dev.syncpoint.adapter.rest.json.AppointmentBody;
import dev.syncpoint.adapter.rest.json.JsonBodies;
import dev.syncpoint.adapter.rest.problem.RefusalProblems;
import dev.syncpoint.adapter.rest.problem.Violations;
import dev.syncpoint.adapter.rest.view.AppointmentView;
import dev.syncpoint.adapter.rest.view.PageView;
import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.port.in.CreateAppointmentCommand;
import dev.syncpoint.application.port.in.DeleteAppointmentCommand;
import dev.syncpoint.application.port.in.UpdateAppointmentCommand;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.AppointmentChanged;
import dev.syncpoint.domain.lock.AppointmentRemoved;
import dev.syncpoint.domain.lock.DeleteAppointmentResult;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.UpdateAppointmentResult;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * Appointments: list, calendar range, read, create, change and delete. Reads carry an {@code ETag}; a
 * change or delete must send it back in {@code If-Match} together with the lock's fencing token.
 */
final class AppointmentRoutes {

    private static final String APPOINTMENTS = Paths.API + "/appointments";

    private final SyncPoint syncPoint;
    private final JsonBodies bodies;

    AppointmentRoutes(SyncPoint syncPoint, JsonBodies bodies) {
        this.syncPoint = syncPoint;
        this.bodies = bodies;
    }

    void addTo(RoutesConfig routes) {
        routes.get(APPOINTMENTS, this::list);
        routes.get(APPOINTMENTS + "/date-range", this::inRange);
        routes.get(Paths.APPOINTMENT, this::read);
        routes.post(APPOINTMENTS, this::create);
        routes.put(Paths.APPOINTMENT, this::update);
        routes.delete(Paths.APPOINTMENT, this::delete);
    }

    private void list(Context ctx) {
        PageRequest page = RequestParams.page(ctx);

        ctx.json(PageView.of(syncPoint.listAppointments().appointments(page), AppointmentView::of));
    }

    private void inRange(Context ctx) {
        Instant from = RequestParams.requiredInstant(ctx, "from");
        Instant to = RequestParams.requiredInstant(ctx, "to");
        PageRequest page = RequestParams.page(ctx);
        if (!from.isBefore(to)) {
            throw Violations.exception("to", "from must be before to");
        }

        ctx.json(PageView.of(syncPoint.appointmentsInRange().appointmentsBetween(from, to, page), AppointmentView::of));
    }

    private void read(Context ctx) {
        AppointmentId id = RequestParams.appointmentId(ctx);

        Appointment appointment = syncPoint
                .getAppointment()
                .appointment(id)
                .orElseThrow(() -> RefusalProblems.appointmentNotFound(id).exception());

        respond(ctx, 200, appointment);
    }

    private void create(Context ctx) {
        AppointmentDetails details = bodies.required(ctx, AppointmentBody.class).details();

        Appointment created =
                syncPoint.createAppointment().create(new CreateAppointmentCommand(Authenticator.caller(ctx), details));

        ctx.header("Location", APPOINTMENTS + "/" + created.id());
        respond(ctx, 201, created);
    }

    private void update(Context ctx) {
        AppointmentId id = RequestParams.appointmentId(ctx);
        long expectedVersion = WritePreconditions.expectedVersion(ctx);
        FencingToken token = WritePreconditions.fencingToken(ctx);
        AppointmentDetails details = bodies.required(ctx, AppointmentBody.class).details();

        UpdateAppointmentCommand command =
                new UpdateAppointmentCommand(id, Authenticator.caller(ctx), details, token, expectedVersion);
        UpdateAppointmentResult result = syncPoint.updateAppointment().update(command);

        if (!(result instanceof AppointmentChanged changed)) {
            throw RefusalProblems.of(result).exception();
        }
        respond(ctx, 200, changed.appointment());
    }

    private void delete(Context ctx) {
        AppointmentId id = RequestParams.appointmentId(ctx);
        long expectedVersion = WritePreconditions.expectedVersion(ctx);
        FencingToken token = WritePreconditions.fencingToken(ctx);

        DeleteAppointmentCommand command =
                new DeleteAppointmentCommand(id, Authenticator.caller(ctx), token, expectedVersion);
        DeleteAppointmentResult result = syncPoint.deleteAppointment().delete(command);

        if (!(result instanceof AppointmentRemoved)) {
            throw RefusalProblems.of(result).exception();
        }
        ctx.status(204);
    }

    private static void respond(Context ctx, int status, Appointment appointment) {
        ctx.header("ETag", WritePreconditions.entityTag(appointment.version()));
        ctx.status(status).json(AppointmentView.of(appointment));
    }
}
