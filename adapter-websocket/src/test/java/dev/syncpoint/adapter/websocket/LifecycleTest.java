package dev.syncpoint.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.event.SyncEvent.PresenceChanged;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private final Backend backend = Backend.withGrace(Duration.ofSeconds(30));

    @Test
    void closing_withdraws_this_nodes_watchers_and_may_be_repeated() {
        List<SyncEvent> heard = new CopyOnWriteArrayList<>();
        backend.adapters().lockEvents().subscribe(heard::add);
        Person alice = backend.user("Alice");
        AppointmentId appointment = backend.appointment(alice);
        Node node = Node.start(backend, LiveSettings.defaults());
        TestSocket socket = node.login(alice);
        socket.subscribe(appointment);
        socket.presenceOf(alice);

        node.live().close();

        assertThatCode(() -> node.live().close()).doesNotThrowAnyException();
        assertThat(socket.awaitClose().code()).isEqualTo(1001);
        PresenceChanged last = heard.stream()
                .filter(PresenceChanged.class::isInstance)
                .map(PresenceChanged.class::cast)
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(last.node()).isEqualTo(node.live().nodeId());
        assertThat(last.watchers()).isEmpty();
        node.close();
    }

    @Test
    void settings_refuse_values_that_cannot_work() {
        LiveSettings defaults = LiveSettings.defaults();

        assertThatCode(() -> defaults.withAuthTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authTimeout");
        assertThatCode(() -> defaults.withPresence(Duration.ofSeconds(10), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("presenceStale must be longer than presenceRefresh");
        assertThatCode(() -> defaults.withMaxFrameBytes(2 * 1024 * 1024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxFrameBytes");
    }
}
