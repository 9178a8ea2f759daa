package dev.syncpoint.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.ControlRequestId;
import dev.syncpoint.domain.lock.ControlRequestState;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code ControlRequests} must do (rule 9): keep one open request per requester and
 * appointment, let it lapse sixty seconds after it was made, and take an answer only while it is open.
 * Time is the lock store's clock, read with {@code now()} after the last move of the clock.
 */
public abstract class ControlRequestsContract extends SharedStoresContract {

    private AppointmentId appointment;
    private UserRef holder;
    private UserRef bob;
    private UserRef carol;

    @BeforeEach
    final void createAnAppointmentAndPeople() {
        appointment = newAppointment();
        holder = newUser("Alice");
        bob = newUser("Bob");
        carol = newUser("Carol");
    }

    @Test
    void anOpenedRequestIsStoredAndFoundOpen() {
        ControlRequest request = newRequest(bob);

        ControlRequest open =
                controlRequests().openUnlessPending(request, lockStore().now());

        assertThat(open).isEqualTo(request);
        assertThat(controlRequests().find(request.id())).contains(request);
        assertThat(controlRequests().openFor(appointment, lockStore().now())).containsExactly(request);
    }

    @Test
    void aSecondRequestByTheSameRequesterForTheSameAppointmentAnswersTheEarlierOne() {
        ControlRequest earlier = open(newRequest(bob));
        ControlRequest later = newRequest(bob);

        ControlRequest open =
                controlRequests().openUnlessPending(later, lockStore().now());

        assertThat(open).isEqualTo(earlier);
        assertThat(controlRequests().find(later.id())).isEmpty();
        assertThat(controlRequests().openFor(appointment, lockStore().now())).containsExactly(earlier);
    }

    @Test
    void requestsOfOtherRequestersAreOpenSideBySideOldestFirst() {
        ControlRequest bobs = open(newRequest(bob));
        advanceClock(Duration.ofSeconds(5));
        ControlRequest carols = open(newRequest(carol));

        List<ControlRequest> open =
                controlRequests().openFor(appointment, lockStore().now());

        assertThat(open).extracting(ControlRequest::id).containsExactly(bobs.id(), carols.id());
    }

    @Test
    void aRequestForAnotherAppointmentIsKeptApart() {
        AppointmentId other = newAppointment();
        ControlRequest here = open(newRequest(bob));

        ControlRequest there =
                open(ControlRequest.open(other, bob, holder, lockStore().now()));

        assertThat(there.id()).isNotEqualTo(here.id());
        assertThat(controlRequests().openFor(other, lockStore().now()))
                .extracting(ControlRequest::id)
                .containsExactly(there.id());
    }

    @Test
    void aRequestIsStillOpenJustBeforeItLapses() {
        ControlRequest request = open(newRequest(bob));

        advanceClock(ControlRequest.LAPSE_AFTER.minusSeconds(1));

        assertThat(controlRequests().openFor(appointment, lockStore().now()))
                .extracting(ControlRequest::id)
                .containsExactly(request.id());
    }

    @Test
    void aRequestLapsesSixtySecondsAfterItWasMade() {
        ControlRequest request = open(newRequest(bob));

        advanceClock(ControlRequest.LAPSE_AFTER);

        assertThat(controlRequests().openFor(appointment, lockStore().now())).isEmpty();
        assertThat(controlRequests().find(request.id()))
                .map(found -> found.stateAt(lockStore().now()))
                .contains(ControlRequestState.LAPSED);
    }

    @Test
    void aLapsedRequestNoLongerKeepsTheRequesterFromAskingAgain() {
        ControlRequest lapsed = open(newRequest(bob));
        advanceClock(ControlRequest.LAPSE_AFTER.plusSeconds(1));
        ControlRequest again = newRequest(bob);

        ControlRequest open =
                controlRequests().openUnlessPending(again, lockStore().now());

        assertThat(open.id()).isEqualTo(again.id()).isNotEqualTo(lapsed.id());
    }

    @Test
    void anAnswerWhileTheRequestIsOpenIsRecorded() {
        ControlRequest request = open(newRequest(bob));

        Optional<ControlRequest> answered = controlRequests()
                .answer(request.id(), ControlRequestState.DENIED, lockStore().now());

        assertThat(answered).map(ControlRequest::state).contains(ControlRequestState.DENIED);
        assertThat(answered).map(ControlRequest::id).contains(request.id());
        assertThat(controlRequests().find(request.id()))
                .map(ControlRequest::state)
                .contains(ControlRequestState.DENIED);
        assertThat(controlRequests().openFor(appointment, lockStore().now())).isEmpty();
    }

    @Test
    void anAnsweredRequestCannotBeAnsweredAgain() {
        ControlRequest request = open(newRequest(bob));
        controlRequests()
                .answer(request.id(), ControlRequestState.GRANTED, lockStore().now());

        Optional<ControlRequest> second = controlRequests()
                .answer(request.id(), ControlRequestState.DENIED, lockStore().now());

        assertThat(second).isEmpty();
        assertThat(controlRequests().find(request.id()))
                .map(ControlRequest::state)
                .contains(ControlRequestState.GRANTED);
    }

    @Test
    void aLapsedRequestCannotBeAnswered() {
        ControlRequest request = open(newRequest(bob));
        advanceClock(ControlRequest.LAPSE_AFTER.plusSeconds(1));

        Optional<ControlRequest> answered = controlRequests()
                .answer(request.id(), ControlRequestState.GRANTED, lockStore().now());

        assertThat(answered).isEmpty();
        assertThat(controlRequests().find(request.id()))
                .map(found -> found.stateAt(lockStore().now()))
                .contains(ControlRequestState.LAPSED);
    }

    @Test
    void anUnknownRequestCannotBeAnsweredOrFound() {
        ControlRequestId unknown = ControlRequestId.random();

        Optional<ControlRequest> answered = controlRequests()
                .answer(unknown, ControlRequestState.GRANTED, lockStore().now());

        assertThat(answered).isEmpty();
        assertThat(controlRequests().find(unknown)).isEmpty();
    }

    @Test
    void anAnsweredRequestNoLongerKeepsTheRequesterFromAskingAgain() {
        ControlRequest denied = open(newRequest(bob));
        controlRequests()
                .answer(denied.id(), ControlRequestState.DENIED, lockStore().now());
        ControlRequest again = newRequest(bob);

        ControlRequest open =
                controlRequests().openUnlessPending(again, lockStore().now());

        assertThat(open.id()).isEqualTo(again.id());
    }

    @Test
    void requestsOpenedAtOnceByOneRequesterLeaveExactlyOneOpen() {
        List<ControlRequest> answers = Simultaneously.run(
                16,
                i -> controlRequests()
                        .openUnlessPending(newRequest(bob), lockStore().now()));

        assertThat(answers)
                .extracting(ControlRequest::id)
                .containsOnly(answers.get(0).id());
        assertThat(controlRequests().openFor(appointment, lockStore().now())).hasSize(1);
    }

    @Test
    void answersGivenAtOnceToOneRequestRecordExactlyOne() {
        ControlRequest request = open(newRequest(bob));

        List<Optional<ControlRequest>> answers = Simultaneously.run(
                16,
                i -> controlRequests()
                        .answer(
                                request.id(),
                                i % 2 == 0 ? ControlRequestState.GRANTED : ControlRequestState.DENIED,
                                lockStore().now()));

        List<ControlRequest> recorded =
                answers.stream().flatMap(Optional::stream).toList();
        assertThat(recorded).hasSize(1);
        assertThat(controlRequests().find(request.id()))
                .map(ControlRequest::state)
                .contains(recorded.get(0).state());
    }

    private ControlRequest newRequest(UserRef requester) {
        return ControlRequest.open(appointment, requester, holder, lockStore().now());
    }

    private ControlRequest open(ControlRequest request) {
        return controlRequests().openUnlessPending(request, lockStore().now());
    }
}
