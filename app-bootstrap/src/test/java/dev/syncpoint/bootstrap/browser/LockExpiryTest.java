package dev.syncpoint.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Rule 1 in the browser: a lock is over when the server's clock reaches its expiry, not when the sweeper
 * gets round to it. The sweeper and the disconnect grace are set far beyond the test, so nothing but the
 * pages themselves can notice the expiry.
 */
@ServerEnvironment({"LOCK_TTL=20s", "LOCK_SWEEP_INTERVAL=1h", "DISCONNECT_GRACE=1h"})
class LockExpiryTest extends BrowserSessions {

    @Test
    void atExpiryTheHolderLosesTheLockAndAViewerSeesItFree() {
        AppPage alice = signedIn(ALICE);
        String id = alice.openAppointment("Supplier call");
        AppPage bob = signedIn(BOB);
        bob.go("#/appointments/" + id);
        bob.awaitLockState("free");
        alice.edit();
        alice.type(By.name("title"), "Supplier call (notes)");
        bob.awaitLockState("held");

        alice.offline(true);

        alice.awaitText(By.cssSelector(".lost-lock"), "Your lock expired");
        assertThat(alice.formIsEditable()).isFalse();
        assertThat(alice.field("title")).isEqualTo("Supplier call (notes)");
        bob.awaitLockState("free");
        alice.offline(false);
    }

    @Test
    void theRenewalWarningGoesOnceTheServerAnswersAgain() {
        AppPage alice = signedIn(ALICE);
        alice.openAppointment("Weekly planning");
        alice.edit();

        alice.offline(true);
        alice.awaitText(By.cssSelector(".heartbeat-warning"), "could not be renewed");
        alice.offline(false);

        alice.await(driver -> !alice.shows(By.cssSelector(".heartbeat-warning")));
        assertThat(alice.formIsEditable()).isTrue();
        alice.awaitLockState("editing");
    }
}
