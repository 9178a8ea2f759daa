package dev.syncpoint.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.port.in.AcquireLockCommand;
import dev.syncpoint.application.port.in.AnswerControlCommand;
import dev.syncpoint.application.port.in.RequestControlCommand;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.event.ReleaseReason;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.AlreadyHolder;
import dev.syncpoint.domain.lock.AlreadyRequested;
import dev.syncpoint.domain.lock.ControlAnswerResult;
import dev.syncpoint.domain.lock.ControlDenied;
import dev.syncpoint.domain.lock.ControlGranted;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ControlRequestResult;
import dev.syncpoint.domain.lock.ControlRequested;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.NoOpenRequest;
import dev.syncpoint.domain.lock.NotHolder;
import dev.syncpoint.domain.lock.NotLocked;
import dev.syncpoint.domain.user.User;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ControlUseCasesTest {

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final Appointment appointment = fixture.appointment();
    private final User holder = fixture.user("Holder");
    private final User requester = fixture.user("Requester");

    @Test
    void theHolderIsAskedAndASecondRequestIsNotOpened() {
        Lock lock = acquire(holder);

        ControlRequestResult first = request(requester);
        ControlRequestResult second = request(requester);

        ControlRequest open = ((ControlRequested) first).request();
        assertThat(open.holder()).isEqualTo(lock.holder());
        assertThat(second).isEqualTo(new AlreadyRequested(open));
        assertThat(fixture.eventsOf(SyncEvent.ControlRequestedEvent.class)).hasSize(1);
    }

    @Test
    void grantingMovesTheLockToTheRequesterWithANewTokenAndEveryoneHears() {
        Lock lock = acquire(holder);
        ControlRequest open = ((ControlRequested) request(requester)).request();

        ControlAnswerResult result =
                fixture.syncPoint.grantControl().grant(new AnswerControlCommand(appointment.id(), open.id(), holder));

        Lock granted = ((ControlGranted) result).transfer().granted();
        assertThat(granted.holder()).isEqualTo(requester.ref());
        assertThat(granted.fencingToken().isNewerThan(lock.fencingToken())).isTrue();
        assertThat(fixture.syncPoint
                        .lockStatus()
                        .status(appointment.id())
                        .orElseThrow()
                        .lock())
                .contains(granted);
        assertThat(fixture.eventsOf(SyncEvent.LockReleased.class))
                .singleElement()
                .satisfies(released -> assertThat(released.reason()).isEqualTo(ReleaseReason.TRANSFERRED));
        assertThat(fixture.eventsOf(SyncEvent.ControlGrantedEvent.class)).hasSize(1);
    }

    @Test
    void denyingKeepsTheLockAndTellsTheRequester() {
        Lock lock = acquire(holder);
        ControlRequest open = ((ControlRequested) request(requester)).request();

        ControlAnswerResult result =
                fixture.syncPoint.denyControl().deny(new AnswerControlCommand(appointment.id(), open.id(), holder));

        assertThat(result).isInstanceOf(ControlDenied.class);
        assertThat(fixture.syncPoint
                        .lockStatus()
                        .status(appointment.id())
                        .orElseThrow()
                        .lock())
                .contains(lock);
        assertThat(fixture.eventsOf(SyncEvent.ControlDeniedEvent.class)).hasSize(1);
    }

    @Test
    void onlyTheHolderMayAnswer() {
        acquire(holder);
        ControlRequest open = ((ControlRequested) request(requester)).request();

        ControlAnswerResult result = fixture.syncPoint
                .grantControl()
                .grant(new AnswerControlCommand(appointment.id(), open.id(), requester));

        assertThat(result).isInstanceOf(NotHolder.class);
    }

    @Test
    void aRequestIsAnsweredOnlyByTheHolderItWasSentToAndNeverByItsRequester() {
        acquire(holder);
        ControlRequest toHolder = ((ControlRequested) request(requester)).request();
        User admin = fixture.admin("Ada");
        fixture.syncPoint
                .adminTakeover()
                .takeOver(new dev.syncpoint.application.port.in.AdminLockCommand(
                        appointment.id(), admin, java.util.Optional.empty()));

        ControlAnswerResult byNewHolder = fixture.syncPoint
                .grantControl()
                .grant(new AnswerControlCommand(appointment.id(), toHolder.id(), admin));

        assertThat(byNewHolder).isInstanceOf(NoOpenRequest.class);
        assertThat(fixture.syncPoint
                        .lockStatus()
                        .status(appointment.id())
                        .orElseThrow()
                        .lock())
                .hasValueSatisfying(lock -> assertThat(lock.holder()).isEqualTo(admin.ref()));
    }

    @Test
    void aRefusedTransferLeavesTheRequestOpen() {
        Lock lock = acquire(holder);
        ControlRequest open = ((ControlRequested) request(requester)).request();
        fixture.clock.advance(Duration.ofSeconds(59));
        fixture.syncPoint
                .releaseLock()
                .release(new dev.syncpoint.application.port.in.ReleaseLockCommand(
                        appointment.id(), holder, OptionalLong.empty(), java.util.Optional.of(lock.fencingToken())));

        ControlAnswerResult result =
                fixture.syncPoint.grantControl().grant(new AnswerControlCommand(appointment.id(), open.id(), holder));

        assertThat(result).isInstanceOf(NotLocked.class);
        assertThat(fixture.adapters
                        .controlRequests()
                        .find(open.id())
                        .orElseThrow()
                        .state())
                .isEqualTo(dev.syncpoint.domain.lock.ControlRequestState.OPEN);
    }

    @Test
    void anUnansweredRequestLapsesAfterSixtySecondsAndCanThenBeMadeAgain() {
        acquire(holder);
        ControlRequest open = ((ControlRequested) request(requester)).request();
        fixture.clock.advance(Duration.ofSeconds(60));

        ControlAnswerResult late =
                fixture.syncPoint.grantControl().grant(new AnswerControlCommand(appointment.id(), open.id(), holder));
        ControlRequestResult again = request(requester);

        assertThat(late).isInstanceOf(NoOpenRequest.class);
        assertThat(again).isInstanceOf(ControlRequested.class);
    }

    @Test
    void thereIsNothingToRequestFromAFreeAppointmentOrFromOneself() {
        assertThat(request(requester)).isInstanceOf(NotLocked.class);

        acquire(holder);

        assertThat(request(holder)).isInstanceOf(AlreadyHolder.class);
    }

    private ControlRequestResult request(User user) {
        return fixture.syncPoint.requestControl().requestControl(new RequestControlCommand(appointment.id(), user));
    }

    private Lock acquire(User user) {
        return ((Acquired) fixture.syncPoint
                        .acquireLock()
                        .acquire(new AcquireLockCommand(appointment.id(), user, OptionalLong.empty())))
                .lock();
    }
}
