package dev.syncpoint.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.port.out.PasswordHasher;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@code PasswordHasher} must do: salted one-way hashes that only their own password matches. */
public abstract class PasswordHasherContract {

    private static final String PASSWORD = "correct horse battery staple";

    private PasswordHasher hasher;

    /** Called before each test. */
    protected abstract PasswordHasher openPasswordHasher();

    @BeforeEach
    final void openTheHasher() {
        hasher = openPasswordHasher();
    }

    @Test
    void aPasswordMatchesItsOwnHash() {
        String hash = hasher.hash(PASSWORD);

        boolean matches = hasher.matches(PASSWORD, hash);

        assertThat(matches).isTrue();
    }

    @Test
    void anotherPasswordDoesNotMatch() {
        String hash = hasher.hash(PASSWORD);

        List<String> others = List.of("correct horse battery stapler", "Correct horse battery staple", "", " ");

        assertThat(others)
                .allSatisfy(other ->
                        assertThat(hasher.matches(other, hash)).as(other).isFalse());
    }

    @Test
    void twoHashesOfOnePasswordDifferBecauseEachHasItsOwnSaltAndBothMatch() {
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches(PASSWORD, first)).isTrue();
        assertThat(hasher.matches(PASSWORD, second)).isTrue();
    }

    @Test
    void aHashDoesNotContainThePassword() {
        String hash = hasher.hash(PASSWORD);

        assertThat(hash).doesNotContain(PASSWORD).doesNotContain("horse");
    }

    @Test
    void passwordsWithAnyCharactersMatchTheirHash() {
        String unusual = "pä$$ wört 🦷 '\"; DROP TABLE users;-- \t\\";

        String hash = hasher.hash(unusual);

        assertThat(hasher.matches(unusual, hash)).isTrue();
        assertThat(hasher.matches(unusual + " ", hash)).isFalse();
    }

    @Test
    void aMalformedHashMatchesNothingAndThrowsNothing() {
        String real = hasher.hash(PASSWORD);
        List<String> malformed = List.of(
                "", "garbage", "$", "$$$$", real.substring(0, real.length() / 2), real + "$extra", "🦷".repeat(40));

        assertThat(malformed)
                .allSatisfy(hash ->
                        assertThat(hasher.matches(PASSWORD, hash)).as(hash).isFalse());
    }

    @Test
    void aHashWithOneCharacterChangedNoLongerMatches() {
        String hash = hasher.hash(PASSWORD);
        int middle = hash.length() / 2;
        char changed = hash.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = hash.substring(0, middle) + changed + hash.substring(middle + 1);

        boolean matches = hasher.matches(PASSWORD, tampered);

        assertThat(matches).isFalse();
    }
}
