package dev.syncpoint.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;

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
        adminTakesOverAndSaves("Quarterly review", Map.of("location", "Room 9"));

        saveAgainAfterLosingTheLock(alice);

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

    @Test
    void someoneWithOnlyTheListOpenIsNotListedAsViewing() {
        AppPage alice = signedIn(ALICE);
        String id = alice.createAppointment("Viewing check", "Room 2");
        AppPage bob = signedIn(BOB);
        bob.find(By.cssSelector("[data-appointment-id='" + id + "'] .badge.free"));
        alice.edit();
        // Only a subscriber hears of the new lock, so Bob's list is subscribed to it from here on.
        bob.awaitText(By.cssSelector("[data-appointment-id='" + id + "'] .badge"), "Alice Example");

        AppPage admin = signedIn(ADMIN);
        admin.go("#/appointments/" + id);
        admin.awaitLockState("held");

        alice.awaitText(By.cssSelector(".viewer-list"), "Ada Admin");
        assertThat(alice.find(By.cssSelector(".viewer-list")).getText())
                .contains("Alice Example")
                .doesNotContain("Bob Example");
    }

    @Test
    void aSecondTabShowsTheLockAsHeldElsewhereAndClosingItLeavesTheFirstEditingWhereEnterSaves() {
        AppPage alice = signedIn(ALICE);
        String id = alice.createAppointment("Two tabs", "Room 3");
        alice.edit();
        String first = alice.driver.getWindowHandle();

        alice.driver.switchTo().newWindow(WindowType.TAB);
        alice.go("#/appointments/" + id);
        alice.awaitLockState("mine-elsewhere");
        assertThat(alice.formIsEditable()).isFalse();
        alice.driver.close();
        alice.driver.switchTo().window(first);

        assertThat(alice.formIsEditable()).isTrue();
        alice.type(By.name("location"), "Room 3b");
        alice.find(By.name("location")).sendKeys(Keys.ENTER);
        alice.awaitText(By.cssSelector(".toast"), "Saved version 2");
        alice.awaitLockState("free");
        assertThat(alice.field("location")).isEqualTo("Room 3b");
    }

    @Test
    void savingMineOverANewerVersionKeepsTheirChangesToFieldsIDidNotTouch() {
        AppPage alice = signedIn(ALICE);
        alice.createAppointment("Board meeting", "Room 1");
        alice.edit();
        alice.type(By.name("title"), "Board meeting (agenda v2)");
        adminTakesOverAndSaves("Board meeting", Map.of("location", "Room 9", "title", "Board meeting (moved)"));
        saveAgainAfterLosingTheLock(alice);

        alice.find(By.cssSelector(".stale-save tr[data-field=title][data-both=true]"));
        assertThat(alice.find(By.cssSelector(".stale-save tr[data-field=location]"))
                        .getDomAttribute("data-both"))
                .as("only the admin changed the location")
                .isEqualTo("false");
        alice.click(By.cssSelector(".stale-save button.overwrite"));
        alice.awaitLockState("free");

        assertThat(alice.field("title")).as("changed by both: Alice's").isEqualTo("Board meeting (agenda v2)");
        assertThat(alice.field("location")).as("changed by the admin only").isEqualTo("Room 9");
        alice.driver.navigate().refresh();
        alice.awaitLockState("free");
        assertThat(alice.field("title")).isEqualTo("Board meeting (agenda v2)");
        assertThat(alice.field("location")).isEqualTo("Room 9");
    }

    @Test
    void aForceReleaseTellsTheHolderWhichAdminReleasedItAndWhy() {
        AppPage alice = signedIn(ALICE);
        alice.createAppointment("Audit prep", "Room 5");
        alice.edit();
        alice.type(By.name("title"), "Audit prep (draft)");
        AppPage admin = signedIn(ADMIN);
        admin.go("#/admin");
        admin.awaitText(By.cssSelector(".live-locks tr"), "Audit prep");

        admin.click(By.xpath("//tr[.//a[text()='Audit prep']]//button[contains(@class,'force-release')]"));
        admin.type(By.cssSelector("dialog .dialog-reason"), "Auditors need the room");
        admin.click(By.cssSelector("dialog button[data-choice=force-release]"));

        alice.awaitText(By.cssSelector(".lost-lock"), "Ada Admin released your lock: “Auditors need the room”");
        assertThat(alice.formIsEditable()).isFalse();
        assertThat(alice.field("title")).isEqualTo("Audit prep (draft)");
        admin.await(driver ->
                driver.findElements(By.xpath("//tr[.//a[text()='Audit prep']]")).isEmpty());
    }

    @Test
    void aHolderWhoDismissesTheRequestPromptCanStillAnswerIt() {
        AppPage alice = signedIn(ALICE);
        String id = alice.createAppointment("Escape check", "Room 6");
        alice.edit();
        AppPage bob = signedIn(BOB);
        bob.go("#/appointments/" + id);
        bob.awaitLockState("held");

        bob.click(By.cssSelector(".lock-state button.request-control"));
        alice.find(By.cssSelector("dialog.control-prompt button[data-choice=grant]"));
        new Actions(alice.driver).sendKeys(Keys.ESCAPE).perform();
        alice.await(driver ->
                driver.findElements(By.cssSelector("dialog.control-prompt")).isEmpty());
        alice.awaitText(By.cssSelector(".unanswered-request button"), "Answer Bob Example's request")
                .click();
        alice.click(By.cssSelector("dialog.control-prompt button[data-choice=grant]"));

        bob.awaitLockState("editing");
        alice.awaitLockState("held");
    }

    @Test
    void theDeleterIsToldOnceAndAViewersListDropsItWithoutErrors() {
        AppPage alice = signedIn(ALICE);
        String id = alice.createAppointment("Short-lived", "Room 7");
        By entry = By.cssSelector("[data-appointment-id='" + id + "']");
        AppPage bob = signedIn(BOB);
        bob.find(entry);
        alice.edit();
        bob.awaitText(By.cssSelector("[data-appointment-id='" + id + "'] .badge"), "Alice Example");

        alice.click(By.cssSelector(".lock-state button.delete"));
        alice.click(By.cssSelector("dialog button[data-choice=yes]"));

        alice.awaitText(By.cssSelector(".toast"), "Deleted “Short-lived”");
        bob.await(driver -> driver.findElements(entry).isEmpty());
        assertThat(alice.driver.findElements(By.cssSelector(".toast")))
                .extracting(WebElement::getText)
                .filteredOn(text -> text.toLowerCase(Locale.ROOT).contains("deleted"))
                .containsExactly("Deleted “Short-lived”");
        assertThat(bob.consoleErrors())
                .as("Bob's page reads nothing of the deleted appointment")
                .isEmpty();
    }

    /** The admin takes the lock from its holder, changes these fields and saves, so the holder's copy is stale. */
    private void adminTakesOverAndSaves(String title, Map<String, String> changes) {
        AppPage admin = signedIn(ADMIN);
        takeOver(admin, title, "Room change");
        admin.awaitLockState("editing");
        changes.forEach((field, value) -> admin.type(By.name(field), value));
        admin.save();
        admin.awaitLockState("free");
    }

    /** The former holder, told they lost the lock, takes it again and saves what they typed. */
    private static void saveAgainAfterLosingTheLock(AppPage holder) {
        holder.find(By.cssSelector(".lost-lock"));
        holder.awaitLockState("free");
        holder.edit();
        holder.save();
    }

    private static void takeOver(AppPage admin, String title, String reason) {
        admin.go("#/admin");
        admin.awaitText(By.cssSelector(".live-locks tr"), title);
        admin.click(By.xpath("//tr[.//a[text()='" + title + "']]//button[contains(@class,'take-over')]"));
        admin.type(By.cssSelector("dialog .dialog-reason"), reason);
        admin.click(By.cssSelector("dialog button[data-choice=take-over]"));
    }
}
