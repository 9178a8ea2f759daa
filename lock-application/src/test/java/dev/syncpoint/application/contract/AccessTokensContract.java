package dev.syncpoint.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.port.out.AccessTokens;
import dev.syncpoint.application.port.out.IssuedToken;
import dev.syncpoint.application.port.out.TokenClaims;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@code AccessTokens} must do: a token it issued verifies to its user's id and role until it
 * expires (rule 13); anything else, tampered, forged, expired or malformed, verifies to nothing.
 */
public abstract class AccessTokensContract {

    private final MutableClock clock = MutableClock.startingAt(ContractTestData.START);
    private final User alice = ContractTestData.account("Alice", Role.USER).user();

    private AccessTokens tokens;

    /**
     * Called before each test, and once more by the test of forged tokens. Answers an issuer reading time
     * from {@code clock}; each call answers one with its own secret, so none accepts another's tokens.
     */
    protected abstract AccessTokens openAccessTokens(InstantSource clock);

    @BeforeEach
    final void openTheIssuer() {
        tokens = openAccessTokens(clock);
    }

    @Test
    void anIssuedTokenVerifiesToItsUsersIdAndRole() {
        IssuedToken issued = tokens.issue(alice);

        Optional<TokenClaims> claims = tokens.verify(issued.token());

        assertThat(claims).hasValueSatisfying(found -> {
            assertThat(found.userId()).isEqualTo(alice.id());
            assertThat(found.role()).isEqualTo(Role.USER);
            assertThat(found.expiresAt()).isEqualTo(issued.expiresAt());
        });
        assertThat(issued.expiresAt()).isAfter(clock.instant());
    }

    @Test
    void anAdminsTokenCarriesTheAdminRole() {
        User admin = ContractTestData.account("Ada Admin", Role.ADMIN).user();

        Optional<TokenClaims> claims = tokens.verify(tokens.issue(admin).token());

        assertThat(claims).map(TokenClaims::role).contains(Role.ADMIN);
    }

    @Test
    void aTokenStillVerifiesJustBeforeItExpires() {
        IssuedToken issued = tokens.issue(alice);

        clock.advance(Duration.between(clock.instant(), issued.expiresAt()).minusSeconds(1));

        assertThat(tokens.verify(issued.token())).isPresent();
    }

    @Test
    void anExpiredTokenVerifiesToNothing() {
        IssuedToken issued = tokens.issue(alice);

        clock.advance(Duration.between(clock.instant(), issued.expiresAt()).plusSeconds(1));

        assertThat(tokens.verify(issued.token())).isEmpty();
    }

    @Test
    void aTokenWithOneCharacterChangedVerifiesToNothing() {
        String token = tokens.issue(alice).token();
        int middle = token.length() / 2;
        char changed = token.charAt(middle) == 'A' ? 'B' : 'A';

        String tampered = token.substring(0, middle) + changed + token.substring(middle + 1);

        assertThat(tokens.verify(tampered)).isEmpty();
    }

    @Test
    void aCutOrLengthenedTokenVerifiesToNothing() {
        String token = tokens.issue(alice).token();

        List<String> altered =
                List.of(token.substring(0, token.length() - 4), token + "AAAA", token + ".", "." + token);

        assertThat(altered)
                .allSatisfy(bad -> assertThat(tokens.verify(bad)).as(bad).isEmpty());
    }

    @Test
    void aTokenFromAnotherIssuerVerifiesToNothing() {
        String forged = openAccessTokens(clock).issue(alice).token();

        Optional<TokenClaims> claims = tokens.verify(forged);

        assertThat(claims).isEmpty();
    }

    @Test
    void garbageVerifiesToNothingAndThrowsNothing() {
        List<String> garbage = List.of(
                "",
                " ",
                "null",
                "Bearer",
                "a.b.c",
                "...",
                "eyJhbGciOiJub25lIn0.e30.",
                "🦷".repeat(100),
                "x".repeat(10_000));

        assertThat(garbage)
                .allSatisfy(bad -> assertThat(tokens.verify(bad)).as(bad).isEmpty());
    }
}
