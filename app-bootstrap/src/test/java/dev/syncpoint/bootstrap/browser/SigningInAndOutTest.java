package dev.syncpoint.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** What the page shows around signing in and out, and what it checks before sending a form. */
class SigningInAndOutTest extends BrowserSessions {

    private static final By NAV = By.cssSelector(".main-nav");
    private static final By WHO = By.cssSelector(".who");

    @Test
    void theHeaderShowsNobodyBeforeSignInAndForgetsThemAtSignOut() {
        AppPage page = browser(1280, 900);
        page.go("#/signin");
        page.find(By.name("email"));

        assertThat(page.shows(NAV)).as("navigation before sign-in").isFalse();
        assertThat(page.shows(WHO)).as("user, role and Sign out before sign-in").isFalse();

        page.signIn(BOB, server.password(BOB));
        page.awaitText(By.cssSelector(".who .user-name"), "Bob Example");
        assertThat(page.shows(NAV)).isTrue();

        page.click(By.cssSelector(".who .sign-out"));
        page.find(By.name("email"));
        page.await(driver -> !page.shows(WHO));
        assertThat(page.shows(NAV)).as("navigation after sign-out").isFalse();
        assertThat(page.find(By.cssSelector(".who .user-name")).getDomProperty("textContent"))
                .as("the previous user's name")
                .isEmpty();
    }

    @Test
    void aNewAppointmentWithoutTitleOrWithItsEndFirstIsExplainedBesideTheFields() {
        AppPage alice = signedIn(ALICE);
        alice.go("#/appointments/new");
        alice.find(By.name("title")).clear();
        alice.driver.executeScript("const form = document.querySelector('form.appointment-form');"
                + "form.elements.endDate.value = form.elements.startDate.value;");

        alice.click(By.cssSelector("form.appointment-form button[type=submit]"));

        alice.awaitText(By.cssSelector("label:has([name=title]) .field-error"), "Enter a title.");
        alice.awaitText(By.cssSelector("label:has([name=endDate]) .field-error"), "Ends must be after Starts.");
        assertThat(alice.find(By.name("title")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(alice.driver.getCurrentUrl()).as("nothing was created").endsWith("#/appointments/new");
        assertThat(alice.consoleErrors())
                .as("no request the page could have checked first")
                .isEmpty();
    }
}
