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
abstract class FinanceBrowserTest extends BrowserTest {

    protected static final LocalDate START = LocalDate.of(2026, 1, 10);

    protected PublicFundsDriver driver() {
        return new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
    }

    protected PublicFundsDriver.ProgrammeDriver programmeWithMoney(PublicFundsDriver driver, String root, String amount) {
        return driver.createProgramme("panjin-2023", "盘锦市五社联动 " + root, "treasury-" + root, root, "市民政局 " + root,
                2026, START).appropriate(amount, START);
    }

    protected void signInAs(Actor who) {
        browser.manage().deleteAllCookies();
        signIn(who.username(), PublicFundsDriver.PASSWORD);
    }

    /** A screenshot with {@code css} scrolled into view (the viewport is what is saved). */
    protected void screenshotOf(String css, String name) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", find(css));
        screenshot(name);
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

    protected record Posted(int status, String html) {
    }
}
