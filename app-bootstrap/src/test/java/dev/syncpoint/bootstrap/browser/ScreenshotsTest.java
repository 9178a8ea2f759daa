package dev.syncpoint.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Walks the main pages at desktop and phone widths and keeps a picture of each. */
class ScreenshotsTest extends BrowserSessions {

    @Test
    void theMainPagesRenderForAnAdminOnADesktop() {
        AppPage alice = signedIn(ALICE);
        alice.openAppointment("Weekly planning");
        alice.edit();
        AppPage admin = signedIn(ADMIN);
        admin.find(By.cssSelector(".badge.held"));
        screenshot(admin, "appointments-list");

        admin.go("#/appointments?view=week");
        admin.find(By.cssSelector(".week .day"));
        screenshot(admin, "appointments-week");
        String id = admin.openAppointment("Weekly planning");
        admin.awaitLockState("held");
        screenshot(admin, "editor-held-by-other");
        screenshot(alice, "editor-editing");
        admin.go("#/admin");
        admin.awaitText(By.cssSelector(".live-locks"), "Alice Example");
        screenshot(admin, "admin-live-locks");
        admin.go("#/history/" + id);
        admin.find(By.cssSelector(".statistics .stat"));
        screenshot(admin, "history-appointment");
        admin.go("#/history");
        admin.find(By.cssSelector("table.history"));
        screenshot(admin, "history-overall");

        assertThat(admin.find(By.cssSelector(".activity-chart rect.bar")).isDisplayed())
                .isTrue();
    }

    @Test
    void signInAndTheListAreClearAtPhoneWidth() {
        AppPage phone = phone(360, 740);
        phone.go("#/signin");
        phone.find(By.name("email"));
        screenshot(phone, "phone-sign-in");
        phone.signIn(BOB, server.password(BOB));
        phone.find(By.cssSelector(".appointment .badge"));
        screenshot(phone, "phone-appointments");

        Long overflow = (Long) phone.driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no horizontal scrolling at 360 px").isLessThanOrEqualTo(0L);
    }

    @Test
    void theHistoryChartKeepsReadableLabelsAtPhoneWidth() {
        AppPage bob = signedIn(BOB);
        bob.openAppointment("Supplier call");
        bob.edit();
        bob.click(By.cssSelector(".lock-state button.cancel"));
        bob.awaitLockState("free");
        AppPage phone = phone(360, 740);
        phone.signIn(BOB, server.password(BOB));

        phone.go("#/history");
        phone.find(By.cssSelector(".activity-chart rect.bar"));
        screenshot(phone, "phone-history");

        Number labelHeight = (Number) phone.driver.executeScript(
                "return document.querySelector('.activity-chart .tick').getBoundingClientRect().height;");
        assertThat(labelHeight.doubleValue()).as("axis label height in px").isGreaterThanOrEqualTo(10);
        Long overflow = (Long) phone.driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no horizontal scrolling at 360 px").isLessThanOrEqualTo(0L);
    }
}
