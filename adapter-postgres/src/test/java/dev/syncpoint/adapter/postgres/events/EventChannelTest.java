package dev.syncpoint.adapter.postgres.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventChannelTest {

    @Test
    void theDefaultSchemaHasThePlainChannel() {
        assertThat(EventChannel.forSchema(Optional.empty()).name()).isEqualTo("syncpoint_events");
    }

    @Test
    void aSchemaHasAChannelOfItsOwn() {
        assertThat(EventChannel.forSchema(Optional.of("clinic_north")).name())
                .isEqualTo("syncpoint_events_clinic_north");
    }

    @Test
    void longSchemaNamesThatShareTheirStartStillGetDifferentChannelsThatPostgresKeepsWhole() {
        String common = "a".repeat(55);

        String first = EventChannel.forSchema(Optional.of(common + "_first")).name();
        String second = EventChannel.forSchema(Optional.of(common + "_second")).name();

        assertThat(first).isNotEqualTo(second);
        assertThat(first).hasSizeLessThanOrEqualTo(63).startsWith("syncpoint_events_aaa");
        assertThat(second).hasSizeLessThanOrEqualTo(63);
    }

    @Test
    void aNameThatIsNotAPlainIdentifierIsRefused() {
        assertThatThrownBy(() -> new EventChannel("events; DROP TABLE locks"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
