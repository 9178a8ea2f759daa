package dev.syncpoint.adapter.postgres.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeTest {

    private final UUID node = UUID.fromString("6f1c2a9e-0b7d-4c1e-9a51-3d2f00c0ffee");

    @Test
    void anInlineNoticeIsTheNodeThenTheEvent() {
        Notice notice = new Notice.Inline(node, "{\"v\":1}");

        assertThat(notice.text()).isEqualTo("6f1c2a9e-0b7d-4c1e-9a51-3d2f00c0ffee {\"v\":1}");
        assertThat(Notice.parse(notice.text())).isEqualTo(notice);
    }

    @Test
    void aStoredNoticeIsTheNodeThenTheRowId() {
        Notice notice = new Notice.Stored(node, 42);

        assertThat(notice.text()).isEqualTo("6f1c2a9e-0b7d-4c1e-9a51-3d2f00c0ffee @42");
        assertThat(Notice.parse(notice.text())).isEqualTo(notice);
    }

    @Test
    void anEventWithSpacesInItStaysWhole() {
        Notice notice = new Notice.Inline(node, "{\"title\": \"a b  c\"}");

        assertThat(Notice.parse(notice.text())).isEqualTo(notice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no-space-at-all", "not-a-node {}", "6f1c2a9e-0b7d-4c1e-9a51-3d2f00c0ffee @row"})
    void textThatIsNotANoticeIsRefused(String text) {
        assertThatThrownBy(() -> Notice.parse(text)).isInstanceOf(UnreadableEventException.class);
    }
}
