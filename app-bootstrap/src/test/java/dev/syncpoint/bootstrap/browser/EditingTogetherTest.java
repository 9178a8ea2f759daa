package dev.syncpoint.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * Two or three people on the same appointment, each in their own browser: the scenarios of issue 6.
 * Each test works on its own demo appointment, so they share one server.
 */
class EditingTogetherTest extends BrowserSessions {

    @Test
    void whileAliceEditsBobSeesHerAsTheHolderAndCannotEdit() {
        AppPage alice = signedIn(ALICE);
        AppPage bob = signedIn(BOB);
        alice.openAppointment("Supplier call");
        bob.openAppointment("Supplier call");

        alice.edit();
        bob.awaitText(By.cssSelector(".lock-state[data-lock-state=held]"), "Alice Example");

        assertThat(bob.formIsEditable()).isFalse();
        assertThat(bob.driver.findElements(By.cssSelector(".lock-state button.edit")))
                .isEmpty();
        assertThat(alice.formIsEditable()).isTrue();

        alice.click(By.cssSelector(".lock-state button.cancel"));
        bob.awaitLockState("free");
    }

    @Test
    void bobAsksForControlAliceGrantsItAndBothSeeTheOutcome() {
        AppPage alice = signedIn(ALICE);
        AppPage bob = signedIn(BOB);
        alice.openAppointment("Dental check-up: P. Novak");
        alice.edit();
        bob.openAppointment("Dental check-up: P. Novak");
        bob.awaitLockState("held");

        bob.click(By.cssSelector(".lock-state button.request-control"));
        alice.click(By.cssSelector("dialog.control-prompt button[data-choice=grant]"));

        bob.awaitLockState("editing");
        assertThat(bob.formIsEditable()).isTrue();
        bob.awaitText(By.cssSelector(".control-outcome"), "granted you control");
        alice.awaitText(By.cssSelector(".control-outcome"), "You handed control to Bob Example");
        alice.awaitLockState("held");
        assertThat(alice.formIsEditable()).isFalse();
    }

    @Test
    void anAdminTakeoverTurnsAlicesFormReadOnlyAndKeepsWhatSheTyped() {
        AppPage alice = signedIn(ALICE);
        alice.openAppointment("Front desk handover");
        alice.edit();
        alice.type(By.name("title"), "Handover moved to 5 pm");

        AppPage admin = signedIn(ADMIN);
        takeOver(admin, "Front desk handover", "Reception needs it now");

        alice.find(By.cssSelector(".lost-lock"));
        assertThat(alice.formIsEditable()).isFalse();
        assertThat(alice.field("title")).isEqualTo("Handover moved to 5 pm");
        assertThat(alice.find(By.cssSelector(".kept-copy")).getDomProperty("value"))
                .contains("Title: Handover moved to 5 pm");
        screenshot(alice, "editor-taken-over");
        admin.awaitLockState("editing");
    }

    @Test
    void aSaveOnAStaleVersionShowsWhatChangedAndOffersTheLatest() {
        AppPage alice = signedIn(ALICE);
        alice.openAppointment("Quarterly review");
        alice.edit();
        alice.type(By.name("title"), "Quarterly review (Alice's notes)");
        AppPage admin = signedIn(ADMIN);
        takeOver(admin, "Quarterly review", "Room change");
        admin.awaitLockState("editing");
        admin.type(By.name("location"), "Room 9");
        admin.save();
        admin.awaitLockState("free");

        alice.find(By.cssSelector(".lost-lock"));
        alice.awaitLockState("free");
        alice.edit();
        alice.save();

        alice.awaitText(By.cssSelector(".stale-save tr[data-field=location]"), "Room 9");
        screenshot(alice, "editor-stale-save");
        alice.click(By.cssSelector(".stale-save button.reload-latest"));
        assertThat(alice.field("location")).isEqualTo("Room 9");
        assertThat(alice.field("title")).isEqualTo("Quarterly review");
    }

    @Test
    void closingTheTabReleasesTheLock() {
        AppPage alice = signedIn(ALICE);
        AppPage bob = signedIn(BOB);
        alice.driver.switchTo().newWindow(WindowType.TAB);
        String id = alice.openAppointment("Weekly planning");
        alice.edit();
        bob.openAppointment("Weekly planning");
        bob.awaitLockState("held");

        alice.driver.close();

        bob.awaitLockState("free");
        bob.go("#/history/" + id);
        String newest = bob.find(By.cssSelector("table.history tbody tr")).getDomAttribute("data-action");
        assertThat(newest).as("released by the closing tab, not expired").isEqualTo("released");
    }

    private static void takeOver(AppPage admin, String title, String reason) {
        admin.go("#/admin");
        admin.awaitText(By.cssSelector(".live-locks tr"), title);
        admin.click(By.xpath("//tr[.//a[text()='" + title + "']]//button[contains(@class,'take-over')]"));
        admin.type(By.cssSelector("dialog .dialog-reason"), reason);
        admin.click(By.cssSelector("dialog button[data-choice=take-over]"));
    }
}
