package dev.syncpoint.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void aPasswordParameterIsHiddenWhereverItStands() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://db:5432/app?password=pw&user=u"))
                .isEqualTo("jdbc:postgresql://db:5432/app?password=***&user=u");
        assertThat(JdbcUrls.redact("jdbc:postgresql://db/app?user=u&PASSWORD=pw&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/app?user=u&PASSWORD=***&ssl=true");
    }

    @Test
    void aPasswordInTheAuthorityIsHidden() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://u:pw@db/app")).isEqualTo("jdbc:postgresql://u:***@db/app");
    }

    @Test
    void aUrlWithoutPasswordIsUnchanged() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://127.0.0.1:5432/postgres?user=app"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres?user=app");
    }
}
