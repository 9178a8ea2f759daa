package dev.syncpoint.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syncpoint.application.port.in.AdminOnly;
import dev.syncpoint.application.port.in.SignInResult;
import dev.syncpoint.application.port.in.SignUpCommand;
import dev.syncpoint.application.port.in.SignUpResult;
import dev.syncpoint.domain.appointment.Violation;
import dev.syncpoint.domain.user.Role;
import dev.syncpoint.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AccountUseCasesTest {

    private final UseCaseFixture fixture = new UseCaseFixture();

    @Test
    void aNewAccountIsAlwaysAPlainUserAndIsSignedIn() {
        SignUpResult result = signUp("Pat@Example.org", "Pat", "long enough secret");

        SignUpResult.SignedUp signedUp = (SignUpResult.SignedUp) result;
        assertThat(signedUp.user().role()).isEqualTo(Role.USER);
        assertThat(signedUp.user().email()).isEqualTo("pat@example.org");
        assertThat(fixture.syncPoint.session().authenticate(signedUp.token().token()))
                .contains(signedUp.user());
    }

    @Test
    void anEmailIsRegisteredOnlyOnceWhateverItsCase() {
        signUp("pat@example.org", "Pat", "long enough secret");

        SignUpResult again = signUp("PAT@example.org", "Other Pat", "another long secret");

        assertThat(again).isInstanceOf(SignUpResult.EmailTaken.class);
    }

    @Test
    void badSignUpsNameEachProblem() {
        SignUpResult result = signUp("not-an-email", " ", "short");

        assertThat(((SignUpResult.InvalidSignUp) result).violations())
                .extracting(Violation::field)
                .containsExactly("email", "name", "password");
    }

    @Test
    void namesAndAddressesWithInvisibleOrControlCharactersAreRefused() {
        SignUpResult nul = signUp("a\u0000b@example.org", "Na\u0000me", "long enough\u0000secret");
        SignUpResult invisible = signUp("pat\u2028x@example.org", "\u200B", "long enough secret");

        assertThat(((SignUpResult.InvalidSignUp) nul).violations())
                .extracting(Violation::field)
                .containsExactly("email", "name", "password");
        assertThat(((SignUpResult.InvalidSignUp) invisible).violations())
                .extracting(Violation::field)
                .containsExactly("email", "name");
    }

    @Test
    void signInAcceptsTheRightPasswordOnlyAndDoesNotSayWhichPartWasWrong() {
        signUp("pat@example.org", "Pat", "long enough secret");

        SignInResult right = fixture.syncPoint.signIn().signIn("pat@example.org", "long enough secret");
        SignInResult wrong = fixture.syncPoint.signIn().signIn("pat@example.org", "wrong password!");
        SignInResult unknown = fixture.syncPoint.signIn().signIn("nobody@example.org", "long enough secret");

        assertThat(right).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(wrong).isEqualTo(new SignInResult.InvalidCredentials());
        assertThat(unknown).isEqualTo(new SignInResult.InvalidCredentials());
    }

    @Test
    void aSessionEndsWhenItsTokenExpiresAndIsNeverGrantedForGarbage() {
        SignUpResult.SignedUp signedUp = (SignUpResult.SignedUp) signUp("pat@example.org", "Pat", "long secret!");

        fixture.clock.advance(Duration.ofHours(24));

        assertThat(fixture.syncPoint.session().authenticate(signedUp.token().token()))
                .isEmpty();
        assertThat(fixture.syncPoint.session().authenticate("not a token")).isEmpty();
        assertThat(fixture.syncPoint.session().authenticate("")).isEmpty();
    }

    @Test
    void onlyAnAdminChangesRolesAndTheSessionShowsTheNewRoleAtOnce() {
        SignUpResult.SignedUp signedUp = (SignUpResult.SignedUp) signUp("pat@example.org", "Pat", "long secret!");
        User admin = fixture.admin("Ada");
        User user = fixture.user("Uli");

        AdminOnly<Boolean> byUser = fixture.syncPoint
                .changeUserRole()
                .changeRole(user, signedUp.user().id(), Role.ADMIN);
        AdminOnly<Boolean> byAdmin = fixture.syncPoint
                .changeUserRole()
                .changeRole(admin, signedUp.user().id(), Role.ADMIN);

        assertThat(byUser).isInstanceOf(AdminOnly.Refused.class);
        assertThat(byAdmin).isEqualTo(new AdminOnly.Allowed<>(true));
        assertThat(fixture.syncPoint.session().authenticate(signedUp.token().token()))
                .hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.ADMIN));
    }

    private SignUpResult signUp(String email, String name, String password) {
        return fixture.syncPoint.signUp().signUp(new SignUpCommand(email, name, password));
    }
}
