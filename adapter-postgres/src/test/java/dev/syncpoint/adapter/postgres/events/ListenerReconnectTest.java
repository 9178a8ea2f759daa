package dev.syncpoint.adapter.postgres.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.adapter.postgres.TestDatabase;
import dev.syncpoint.adapter.postgres.TestSchema;
import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.user.UserRef;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A listening connection that the server ends is replaced without anyone's help. */
class ListenerReconnectTest {

    private final UserRef editor = ContractTestData.user("Alice");
    private TestSchema schema;
    private Node alpha;
    private Node beta;

    @BeforeEach
    void startNodes() {
        schema = TestDatabase.freshSchema();
        alpha = Node.on(schema.database().settings());
        beta = Node.on(schema.database().settings());
    }

    @AfterEach
    void stopNodes() {
        alpha.close();
        beta.close();
        schema.close();
    }

    @Test
    void deliveryResumesAfterTheListenersBackendsAreTerminated() throws Exception {
        List<Integer> before = Listeners.pids(schema.database());

        int terminated = Listeners.terminate(schema.database());
        Relay.awaitWorking(alpha, beta, editor);
        Relay.awaitWorking(beta, alpha, editor);

        assertThat(terminated).isEqualTo(2);
        assertThat(Listeners.pids(schema.database())).hasSize(2).doesNotContainAnyElementsOf(before);
        SyncEvent after = EventTestData.numbered(editor, 1);
        alpha.events().publish(after);
        beta.heard().awaitEvent(after);
    }

    @Test
    void aListenerEndedAgainAndAgainComesBackEveryTime() throws Exception {
        for (int round = 0; round < 3; round++) {
            assertThat(Listeners.terminate(schema.database())).isEqualTo(2);

            Relay.awaitWorking(alpha, beta, editor);
            Relay.awaitWorking(beta, alpha, editor);
        }

        SyncEvent after = EventTestData.numbered(editor, 1);
        beta.events().publish(after);
        alpha.heard().awaitEvent(after);
    }

    @Test
    void whileItsListenerIsAwayANodesOwnSubscribersStillHearItsEventsOnce() throws Exception {
        Listeners.terminate(schema.database());
        SyncEvent meanwhile = EventTestData.numbered(editor, 1);

        alpha.events().publish(meanwhile);
        Relay.awaitWorking(beta, alpha, editor);

        assertThat(alpha.heard().received()).containsOnlyOnce(meanwhile);
    }
}
