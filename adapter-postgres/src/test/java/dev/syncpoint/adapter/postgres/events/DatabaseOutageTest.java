package dev.syncpoint.adapter.postgres.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.syncpoint.adapter.postgres.PostgresSettings;
import dev.syncpoint.adapter.postgres.StoreUnavailableException;
import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.user.UserRef;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database goes away for a while under two running nodes, on a server of the test's own. */
class DatabaseOutageTest {

    /** A bound on a call that must not hang, far above what it needs; reaching it is a failure. */
    private static final Duration NO_HANG = Duration.ofSeconds(30);

    private final UserRef editor = ContractTestData.user("Alice");

    @TempDir
    Path dataDirectory;

    private OwnServer server;
    private Node alpha;
    private Node beta;

    @BeforeEach
    void startServerAndNodes() throws Exception {
        server = OwnServer.start(dataDirectory);
        PostgresSettings settings = PostgresSettings.of(server.jdbcUrl(), "postgres", "")
                .inSchema("outage")
                .withConnectionTimeout(Duration.ofSeconds(1));
        alpha = Node.on(settings);
        beta = Node.on(settings);
    }

    @AfterEach
    void stopNodesAndServer() throws Exception {
        alpha.close();
        beta.close();
        server.close();
    }

    @Test
    void deliveryBetweenNodesResumesOnceTheDatabaseIsBack() throws Exception {
        server.stop();
        server.startAgain();

        Relay.awaitWorking(alpha, beta, editor);
        Relay.awaitWorking(beta, alpha, editor);
        SyncEvent after = EventTestData.numbered(editor, 1);
        alpha.events().publish(after);
        beta.heard().awaitEvent(after);
    }

    @Test
    void publishingWhileTheDatabaseIsAwayStillReachesTheNodesOwnSubscribersAndFailsNobody() throws Exception {
        SyncEvent meanwhile = EventTestData.numbered(editor, 1);
        server.stop();

        assertThatCode(() ->
                        assertTimeoutPreemptively(NO_HANG, () -> alpha.events().publish(meanwhile)))
                .doesNotThrowAnyException();

        assertThat(alpha.heard().received()).containsExactly(meanwhile);
    }

    @Test
    void openingWhileTheDatabaseIsAwayFailsAsUnavailableAndLeavesNoListenerBehind() throws Exception {
        String channel =
                EventChannel.forSchema(alpha.database().settings().schema()).name();
        server.stop();

        assertThatThrownBy(() -> PostgresLockEvents.open(alpha.database()))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(channel);

        assertThat(ListenerThreads.on(channel))
                .as("alpha's and beta's listeners only")
                .hasSize(2);
    }

    @Test
    void closeReturnsWhileTheDatabaseIsAway() throws Exception {
        String channel =
                EventChannel.forSchema(alpha.database().settings().schema()).name();
        server.stop();

        assertTimeoutPreemptively(NO_HANG, () -> alpha.events().close());

        assertThat(ListenerThreads.on(channel)).as("beta's listener only").hasSize(1);
    }
}
