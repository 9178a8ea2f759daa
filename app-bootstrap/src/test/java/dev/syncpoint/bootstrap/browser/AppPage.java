package dev.syncpoint.bootstrap.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser on the SyncPoint UI, with the steps the tests take in words a user would use.
 * Every step waits for what it needs with a generous timeout; none sleeps.
 */
final class AppPage {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final String baseUrl;

    AppPage(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    AppPage signIn(String email, String password) {
        driver.get(baseUrl + "/#/signin");
        type(By.name("email"), email);
        type(By.name("password"), password);
        find(By.cssSelector("form button[type=submit]")).click();
        await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".appointment-list, .week")));
        return this;
    }

    /** Opens an appointment from the list by its title; answers its id. */
    String openAppointment(String title) {
        driver.get(baseUrl + "/#/appointments");
        WebElement entry = await(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(@class,'appointment')][.//span[@class='title' and text()='" + title + "']]")));
        String id = entry.getDomAttribute("data-appointment-id");
        entry.click();
        awaitLockState("free", "held", "editing", "mine-elsewhere");
        return id;
    }

    void go(String hash) {
        driver.get(baseUrl + "/" + hash);
    }

    /** Creates an appointment through the New appointment form; answers its id once its editor is open. */
    String createAppointment(String title, String location) {
        go("#/appointments/new");
        type(By.name("title"), title);
        type(By.name("location"), location);
        click(By.cssSelector("form.appointment-form button[type=submit]"));
        awaitLockState("free");
        return find(By.cssSelector(".editor")).getDomAttribute("data-appointment-id");
    }

    /** Whether an element with this selector is on the page and shown. */
    boolean shows(By where) {
        return driver.findElements(where).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Cuts this browser off the network (requests fail at once) or puts it back. */
    void offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        driver.setNetworkConditions(conditions);
    }

    /** What the page wrote to its console as errors since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Waits until the editor's lock bar shows one of the states (free, held, editing, mine-elsewhere). */
    WebElement awaitLockState(String... states) {
        return await(driver -> driver.findElements(By.cssSelector(".lock-state")).stream()
                .filter(state -> List.of(states).contains(state.getDomAttribute("data-lock-state")))
                .findFirst()
                .orElse(null));
    }

    void edit() {
        click(By.cssSelector(".lock-state button.edit"));
        awaitLockState("editing");
    }

    void save() {
        click(By.cssSelector(".lock-state button.save"));
    }

    boolean formIsEditable() {
        return find(By.name("title")).isEnabled();
    }

    String field(String name) {
        return find(By.name(name)).getDomProperty("value");
    }

    void type(By where, String text) {
        WebElement input = await(ExpectedConditions.elementToBeClickable(where));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks once the element is there and enabled; a view that redraws meanwhile is simply retried. */
    void click(By where) {
        await(driver -> {
            WebElement element = driver.findElement(where);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return null;
            }
            element.click();
            return true;
        });
    }

    WebElement find(By where) {
        return await(ExpectedConditions.presenceOfElementLocated(where));
    }

    /** Waits until an element with this selector shows text containing {@code text}. */
    WebElement awaitText(By where, String text) {
        return await(driver -> driver.findElements(where).stream()
                .filter(element -> element.getText().contains(text))
                .findFirst()
                .orElse(null));
    }

    <T> T await(Function<WebDriver, T> condition) {
        // Views redraw as the lock changes, so an element found a moment ago may be gone: look again.
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .until(condition);
    }
}
