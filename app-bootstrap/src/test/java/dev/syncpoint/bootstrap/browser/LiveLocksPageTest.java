package dev.syncpoint.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The admin's Live locks page follows locks as they come and go, and leaves the keyboard focus alone. */
class LiveLocksPageTest extends BrowserSessions {

    @Test
    void locksComeAndGoWithoutMovingTheAdminsFocus() {
        AppPage alice = signedIn(ALICE);
        alice.openAppointment("Front desk handover");
        alice.edit();
        AppPage admin = signedIn(ADMIN);
        admin.go("#/admin");
        admin.awaitText(By.cssSelector(".live-locks tr"), "Front desk handover");
        WebElement focused = admin.find(forceRelease("Front desk handover"));
        admin.driver.executeScript("arguments[0].focus();", focused);

        AppPage bob = signedIn(BOB);
        bob.openAppointment("Quarterly review");
        bob.edit();
        admin.awaitText(By.cssSelector(".live-locks tr"), "Quarterly review");
        bob.click(By.cssSelector(".lock-state button.cancel"));
        admin.await(
                driver -> driver.findElements(forceRelease("Quarterly review")).isEmpty());

        assertThat(admin.driver.switchTo().activeElement())
                .as("focus stays on the button it was on")
                .isEqualTo(focused);
    }

    private static By forceRelease(String title) {
        return By.xpath("//tr[.//a[text()='" + title + "']]//button[contains(@class,'force-release')]");
    }
}
