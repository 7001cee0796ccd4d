package org.fundtrail.programme.pages;

import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.scenario.PublicFundsDriver.Actor;
import org.fundtrail.web.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shared steps of the finance officers' and approvers' browser tests: programmes driven over the API to the point
 * a test starts from, people signing in through the form, and forms a page does not offer posted from the browser
 * with its session's CSRF token (what a person could forge).
 */
public abstract class FinanceBrowserTest extends BrowserTest {

    protected static final LocalDate START = LocalDate.of(2026, 1, 10);

    protected PublicFundsDriver driver() {
        return new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
    }

    protected PublicFundsDriver.ProgrammeDriver programmeWithMoney(PublicFundsDriver driver, String root, String amount) {
        return driver.createProgramme("panjin-2023", "盘锦市五社联动 " + root, "treasury-" + root, root, "市民政局 " + root,
                2026, START).appropriate(amount, START);
    }

    /** A contract of {@code programme} funded by its root holder, signed on {@link #START}, in the read model. */
    protected PublicFundsDriver.ContractDriver signedContract(PublicFundsDriver driver,
                                                              PublicFundsDriver.ProgrammeDriver programme) {
        String organisation = driver.registerOrganisation("益民社会工作服务中心");
        PublicFundsDriver.ContractDriver contract = programme.contract().fundedBy(programme.root()).with(organisation)
                .forCommunity("双台子区红旗街道胜利社区", "双台子区", 2026).amount("200000.00")
                .budget("personnel", "120000.00").budget("activities", "80000.00")
                .runs(START, START.plusMonths(9)).signedOn(START).sign();
        PublicFundsDriver.await("contract " + contract.id() + " in the read model", java.time.Duration.ofSeconds(30),
                () -> driver.admin().get("/api/contracts/" + contract.id()).status(), status -> status == 200);
        return contract;
    }

    /** Opens a page until {@code done} holds for its text: the read model follows the events with a short lag. */
    protected String awaitPage(String path, java.util.function.Predicate<String> done) {
        return PublicFundsDriver.await(path, java.time.Duration.ofSeconds(30), () -> {
            open(path);
            return pageText();
        }, done);
    }

    protected void signInAs(Actor who) {
        signInAs(who.username(), PublicFundsDriver.PASSWORD);
    }

    /** Signs in through the form and waits for the start page, so that the next step does not race the sign-in. */
    protected void signInAs(String username, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        submit("#sign-in");
    }

    /** A screenshot with {@code css} scrolled into view (the viewport is what is saved). */
    protected void screenshotOf(String css, String name) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", find(css));
        screenshot(name);
    }

    /**
     * Clicks what submits a form and waits until the next page has loaded (a click does not wait for it): the old
     * page carries a mark the new one lacks.
     */
    protected void submit(String css) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.leavingThisPage = true");
        find(css).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(b ->
                Boolean.TRUE.equals(js.executeScript("return window.leavingThisPage === undefined && document.readyState === 'complete'")));
    }

    /** The text of the element, or "" while the page has none (e.g. before the read model caught up). */
    protected String textOf(String css) {
        return browser.findElements(By.cssSelector(css)).stream().findFirst().map(WebElement::getText).orElse("");
    }

    protected WebElement row(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /**
     * POSTs a form from the page now open, with its CSRF token, as the browser's user; answers the HTTP status and the
     * text of the page it ends on (after any redirect).
     */
    protected Posted forcePost(String path, Map<String, String> fields) {
        String token = find("input[name='_csrf']").getAttribute("value");
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                                     body: arguments[1], credentials: 'same-origin'})
                    .then(r => r.text().then(t => done([r.status, t])))
                    .catch(e => done([0, String(e)]));""", path, body + (body.isEmpty() ? "" : "&") + "_csrf=" + token);
        java.util.List<?> list = (java.util.List<?>) answer;
        return new Posted(((Number) list.get(0)).intValue(), String.valueOf(list.get(1)));
    }

    public record Posted(int status, String html) {
    }
}
