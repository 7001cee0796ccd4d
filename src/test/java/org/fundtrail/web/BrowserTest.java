package org.fundtrail.web;

import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that look at pages in a real browser: Debian's Chromium, headless, driven by its chromedriver
 * ({@code .ci/run} installs both). One browser serves every browser test in the JVM; each test starts signed out
 * with no cookies. Screenshots go to {@code target/screenshots/} for a person to look at.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("fundtrail.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("fundtrail.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static WebDriver shared;

    protected WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = sharedBrowser();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    private static synchronized WebDriver sharedBrowser() {
        if (shared == null) {
            assertThat(CHROMIUM).as("Chromium (apt-get install chromium chromium-driver)").isExecutable();
            assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver)").isExecutable();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // no network but loopback here: without these, Chromium keeps trying to reach Google's services
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--lang=zh-CN", "--window-size=1280,900");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
            shared = driver;
        }
        return shared;
    }

    /** Opens a path of this service, e.g. {@code /public/}. */
    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /**
     * The element, waiting up to 10 s for it: after a click that submits a form the browser may still be loading the
     * answer when the next line runs. (To check that something is absent, use {@code browser.findElements}, which
     * does not wait.)
     */
    protected WebElement find(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(NoSuchElementException.class)
                .until(driver -> driver.findElement(By.cssSelector(css)));
    }

    protected String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Signs in through the form, as a person would, and waits until the browser has left the sign-in page. */
    protected void signIn(String username, String password) {
        submitSignIn(username, password);
        assertThat(browser.getCurrentUrl()).as("signed in as %s", username).doesNotContain("/login");
    }

    /** Fills in and sends the sign-in form, and waits for the answer, whether it lets the user in or not. */
    protected void submitSignIn(String username, String password) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#sign-in").click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> !driver.getCurrentUrl().contains("/login") || driver.getCurrentUrl().contains("error"));
    }

    /** Narrows the window to a phone's width (for a screenshot of the small-screen layout). */
    protected void phoneWidth() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    }

    /** A screenshot of the whole page, not only the window's height: the window is stretched first, then restored. */
    protected Path wholePageScreenshot(String name) {
        org.openqa.selenium.Dimension window = browser.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(),
                Math.min(6000, Math.max(window.getHeight(), height.intValue() + 120))));
        try {
            return screenshot(name);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    /** A request that goes out with the browser's session (to fetch a PDF or a download the way the page's link would). */
    protected HttpRequest.Builder inBrowserSession(String pathOrUrl) {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("the browser's session cookie (signed in?)").isNotNull();
        return HttpRequest.newBuilder(pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : uri(pathOrUrl))
                .header("Cookie", "JSESSIONID=" + session.getValue());
    }

    /** Saves what the browser shows now as {@code target/screenshots/<name>.png}. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
