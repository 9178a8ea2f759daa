package dev.syncpoint.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syncpoint.application.contract.PasswordHasherContract;
import dev.syncpoint.application.port.out.PasswordHasher;
import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest extends PasswordHasherContract {

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Override
    protected PasswordHasher openPasswordHasher() {
        return hasher;
    }

    @Test
    void twoLongPasswordsThatShareTheirFirst72BytesDoNotMatchEachOther() {
        String shared = "x".repeat(72);

        String hash = hasher.hash(shared + "first");

        assertThat(hasher.matches(shared + "first", hash)).isTrue();
        assertThat(hasher.matches(shared + "second", hash)).isFalse();
        assertThat(hasher.matches(shared, hash)).isFalse();
    }

    @Test
    void aHashNamesItsCostSoItCanBeRaisedLater() {
        String hash = new BcryptPasswordHasher(5).hash("correct horse");

        assertThat(hash).startsWith("$2a$05$");
        assertThat(hasher.matches("correct horse", hash)).isTrue();
    }

    @Test
    void aCostOutsideBcryptsRangeIsRefused() {
        assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BcryptPasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
