package dev.syncpoint.adapter.postgres.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.adapter.postgres.TestDatabase;
import dev.syncpoint.adapter.postgres.TestSchema;
import dev.syncpoint.application.contract.ContractTestData;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.event.SyncEvent.AppointmentUpdated;
import dev.syncpoint.domain.user.UserRef;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Events too large for one NOTIFY, which PostgreSQL caps below 8000 bytes, still reach the other
 * nodes.
 */
class LargeEventsTest {

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
        schema.database().jdbi().useHandle(handle -> handle.execute("TRUNCATE large_events"));
        alpha = Node.on(schema.database().settings());
        beta = Node.on(schema.database().settings());
    }

    @AfterEach
    void stopNodes() {
        alpha.close();
        beta.close();
    }

    /**
     * One byte per character, and three (the euro sign), so bytes and characters are never
     * confused.
     */
    @ParameterizedTest
    @ValueSource(chars = {'x', '€'})
    void anAppointmentWithTheLongestDescriptionReachesTheOtherNode(char character) {
        SyncEvent event = updated(EventTestData.withLongestDescription(character));

        alpha.events().publish(event);

        beta.heard().awaitEvent(event);
        assertThat(storedRows()).isEqualTo(1);
    }

    @Test
    void theLargestEventThatFitsANoticeAndTheSmallestThatDoesNotBothArriveInOrder() {
        int fittingLength = longestFittingDescription();
        SyncEvent fits = updated(describedAs("y".repeat(fittingLength)));
        SyncEvent tooLarge = updated(describedAs("z".repeat(fittingLength + 1)));

        alpha.events().publish(fits);
        alpha.events().publish(tooLarge);

        assertThat(beta.heard().awaitAtLeast(2)).containsExactly(fits, tooLarge);
        assertThat(storedRows()).as("only the larger one is stored").isEqualTo(1);
    }

    @Test
    void largeEventsOlderThanAnHourAreDeletedWhenTheNextOneIsStored() {
        SyncEvent first = updated(EventTestData.withLongestDescription('a'));
        SyncEvent second = updated(EventTestData.withLongestDescription('b'));
        alpha.events().publish(first);
        beta.heard().awaitEvent(first);
        schema.database()
                .jdbi()
                .useHandle(handle ->
                        handle.execute("UPDATE large_events SET stored_at = stored_at - interval '61 minutes'"));

        alpha.events().publish(second);

        beta.heard().awaitEvent(second);
        assertThat(storedRows()).isEqualTo(1);
    }

    /** The description length that makes the notice exactly as long as a notice may be. */
    private int longestFittingDescription() {
        EventCodec codec = new EventCodec();
        String emptyNotice = new Notice.Inline(UUID.randomUUID(), codec.encode(updated(describedAs("")))).text();
        return NoticeSender.LONGEST_INLINE_BYTES - emptyNotice.getBytes(StandardCharsets.UTF_8).length;
    }

    private static Appointment describedAs(String description) {
        return EventTestData.appointment(
                ContractTestData.appointment().describedAs(description).build());
    }

    private SyncEvent updated(Appointment appointment) {
        return new AppointmentUpdated(appointment, editor, EventTestData.AT);
    }

    private static int storedRows() {
        return schema.database()
                .jdbi()
                .withHandle(handle -> handle.createQuery("SELECT count(*) FROM large_events")
                        .mapTo(Integer.class)
                        .one());
    }
}
