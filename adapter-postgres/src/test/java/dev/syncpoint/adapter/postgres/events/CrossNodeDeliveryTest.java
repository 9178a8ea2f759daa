package dev.syncpoint.adapter.postgres.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.adapter.postgres.TestDatabase;
import dev.syncpoint.adapter.postgres.TestSchema;
import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.user.UserRef;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two nodes, each with a pool and a listener of its own, on one schema. */
class CrossNodeDeliveryTest {

    private static TestSchema schema;

    private final UserRef editor = ContractTestData.user("Alice");
    private Node alpha;
    private Node beta;

    @BeforeAll
    static void createSchema() {
        schema = TestDatabase.freshSchema();
    }

    @AfterAll
    static void dropSchema() {
        schema.close();
    }

    @BeforeEach
    void startNodes() {
        alpha = Node.on(schema.database().settings());
        beta = Node.on(schema.database().settings());
    }

    @AfterEach
    void stopNodes() {
        alpha.close();
        beta.close();
    }

    @Test
    void everyKindOfEventPublishedOnOneNodeReachesTheOther() {
        List<SyncEvent> published = EventTestData.everyKind();

        published.forEach(alpha.events()::publish);

        assertThat(beta.heard().awaitAtLeast(published.size())).containsExactlyElementsOf(published);
    }

    @Test
    void eachNodesEventsArriveInItsPublishingOrderWhileBothPublishAtOnce() throws Exception {
        List<SyncEvent> fromAlpha = numbered(1, 100);
        List<SyncEvent> fromBeta = numbered(101, 200);

        try (Node gamma = Node.on(schema.database().settings())) {
            CompletableFuture<Void> alphaPublishing =
                    CompletableFuture.runAsync(() -> fromAlpha.forEach(alpha.events()::publish));
            CompletableFuture<Void> betaPublishing =
                    CompletableFuture.runAsync(() -> fromBeta.forEach(beta.events()::publish));
            CompletableFuture.allOf(alphaPublishing, betaPublishing).get(60, TimeUnit.SECONDS);

            List<SyncEvent> heard = gamma.heard().awaitAtLeast(200);
            assertThat(heard).hasSize(200);
            assertThat(heard.stream().filter(fromAlpha::contains)).containsExactlyElementsOf(fromAlpha);
            assertThat(heard.stream().filter(fromBeta::contains)).containsExactlyElementsOf(fromBeta);
        }
    }

    @Test
    void aNodeHearsItsOwnEventsOnceNotAgainThroughTheDatabase() {
        List<SyncEvent> own = numbered(1, 20);
        SyncEvent marker = EventTestData.numbered(editor, 21);

        own.forEach(alpha.events()::publish);
        beta.events().publish(marker);

        // The marker was notified after alpha's own notices; had alpha handed those on, they came
        // first.
        alpha.heard().awaitEvent(marker);
        assertThat(alpha.heard().received())
                .containsExactlyElementsOf(concat(own, marker))
                .doesNotHaveDuplicates();
    }

    @Test
    void noticesThatCannotBeReadAreSkippedAndTheOnesBehindThemArrive() {
        String someNode = UUID.randomUUID().toString();
        SyncEvent after = EventTestData.numbered(editor, 1);

        notify("not a notice at all");
        notify(someNode + " {\"v\": 99, \"type\": \"lock-acquired\"}");
        notify(someNode + " @" + Long.MAX_VALUE);
        alpha.events().publish(after);

        assertThat(beta.heard().awaitAtLeast(1)).containsExactly(after);
    }

    private void notify(String notice) {
        String channel =
                EventChannel.forSchema(schema.database().settings().schema()).name();
        schema.database()
                .jdbi()
                .useHandle(handle -> handle.createQuery("SELECT pg_notify(:channel, :notice)::text")
                        .bind("channel", channel)
                        .bind("notice", notice)
                        .mapTo(String.class)
                        .one());
    }

    private List<SyncEvent> numbered(int first, int last) {
        return IntStream.rangeClosed(first, last)
                .mapToObj(number -> EventTestData.numbered(editor, number))
                .toList();
    }

    private static List<SyncEvent> concat(List<SyncEvent> events, SyncEvent last) {
        return Stream.concat(events.stream(), Stream.of(last)).toList();
    }
}
