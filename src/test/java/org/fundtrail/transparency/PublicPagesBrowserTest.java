package org.fundtrail.transparency;

import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.web.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The transparency pages in Chromium, without signing in: overview → programme → contract, a fund, both languages. */
class PublicPagesBrowserTest extends BrowserTest {

    private static PublicSeed.Seeded seeded;

    @BeforeEach
    void seed() throws InterruptedException {
        if (seeded == null) {
            seeded = PublicSeed.plant(new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD));
        }
        assertThat(projections.awaitCaughtUp("public-read-model", Duration.ofSeconds(60)).caughtUp()).isTrue();
    }

    @Test
    void theOverviewSpeaksChineseThenEnglishThenChineseAgain() {
        openShowing("/public/", seeded.programmeName());
        assertThat(browser.getTitle()).isEqualTo("公开信息总览");
        assertThat(pageText()).contains("财政下达", "社区基金", seeded.fundName(), "500,000.00")
                .doesNotContain("Appropriated", "Community funds");
        assertThat(chartDrawn("#chart-programmes")).as("Chart.js drew the programmes chart").isTrue();
        wholePage("public-overview-zh");

        find("#lang-en").click();
        assertThat(browser.getTitle()).isEqualTo("Public overview");
        assertThat(pageText()).contains("Appropriated", "Community funds", "Paid to contractors", seeded.programmeName())
                .doesNotContain("财政下达", "社区基金募集", "公开信息总览");
        wholePage("public-overview-en");

        find("#lang-zh").click();
        assertThat(browser.getTitle()).isEqualTo("公开信息总览");
        assertThat(pageText()).contains("财政下达").doesNotContain("Appropriated");
    }

    @Test
    void aReaderFollowsAProgrammeToAContractAndSeesItsTranches() {
        openShowing("/public/", seeded.programmeName());
        browser.findElement(By.linkText(seeded.programmeName())).click();
        awaitText("条件已达成，待拨付");

        assertThat(browser.getTitle()).isEqualTo(seeded.programmeName());
        assertThat(text("#allocations")).contains("盘锦市民政局", "双台子区民政局", "300,000.00", "兴隆台区民政局", "100,000.00");
        WebElement running = find("section.contract[id^='contract-" + seeded.contractId() + "']");
        assertThat(running.getText()).contains(seeded.organisationName(), "123,456.78", "中期评估", "通过");
        assertThat(rowOfTranche(running, 1)).contains("第 1 期", "60%", "74,074.06", "合同签订后", "已支付", "2026年3月10日");
        assertThat(rowOfTranche(running, 2)).contains("第 2 期", "40%", "49,382.72", "中期评估通过后", "条件已达成，待拨付");
        assertThat(text("#contract-" + seeded.fraudContractId())).contains("已终止", "合同终止，不再拨付");
        wholePage("public-programme");

        running.findElement(By.linkText("双台子区红旗街道胜利社区")).click();
        assertThat(browser.getTitle()).contains("双台子区红旗街道胜利社区");
        assertThat(rowOfTranche(find("main"), 1)).contains("74,074.06", "已支付", "2026年3月1日", "2026年3月10日");
        assertThat(rowOfTranche(find("main"), 2)).contains("49,382.72", "2026年7月31日", "条件已达成，待拨付");
        assertThat(text("#categories")).contains("人员费用", "60,000.00", "30,000.00", "活动费用", "43,456.78", "12,345.67");
        assertThat(text("#clawbacks")).contains("1,000.00", "400.00", "600.00", "2026年9月30日");
        assertThat(text("#returns")).contains("500.00", "2026年9月1日");
        assertThat(pageText()).contains("中期评估", "通过", "2026年7月30日")
                .doesNotContain("13800000000", "超标准");
        assertThat(chartDrawn("#chart-categories")).isTrue();
        wholePage("public-contract");

        find("#lang-en").click();
        assertThat(rowOfTranche(find("main"), 2)).contains("Tranche 2", "49,382.72", "2026-07-31", "Condition met, payable");
        wholePage("public-contract-en");
    }

    @Test
    void aFraudFindingIsPublishedAsAFactWithoutItsText() {
        openShowing("/public/contracts/" + seeded.fraudContractId(), "弄虚作假查处");
        assertThat(text("#fraud-findings")).contains("2026年6月1日", "30,000.00", "2029年6月1日");
        assertThat(browser.getPageSource()).doesNotContain(PublicSeed.FRAUD_TEXT);
        wholePage("public-contract-fraud");
    }

    @Test
    void aFundPageNamesDonorsOnlyAsTheyAgreed() {
        openShowing("/public/", seeded.fundName());
        browser.findElement(By.linkText(seeded.fundName())).click();
        awaitText("助老");

        assertThat(browser.getTitle()).isEqualTo(seeded.fundName());
        assertThat(text("#progress")).contains("50,000.00", "33,678.45", "22,723.45", "10,955.00", "67%");
        assertThat(text("#donations")).contains("张*", "1,234.56", "欧*", "20,000.00", "匿名", "500.00", "王五", "888.88",
                "Z*", "100.01", "2026年3月1日");
        assertThat(text("#in-kind")).contains("盘*", "发票", "8,550.00", "2,405.00", "10,955.00", "助老");
        assertThat(text("#grants")).contains("助老", "5,000.00", "2,000.00", "2026年4月1日");
        assertThat(browser.getPageSource()).doesNotContain(PublicSeed.MASKED_DONOR, PublicSeed.MASKED_DONOR_2,
                PublicSeed.ANONYMOUS_DONOR, PublicSeed.LATIN_DONOR, PublicSeed.COMPANY_DONOR, PublicSeed.DONOR_PHONE,
                "大米", "赵六", "胜利社区老年协会");
        assertThat(chartDrawn("#chart-fund")).isTrue();
        wholePage("public-fund");
    }

    @Test
    void onAPhoneTheOverviewFitsTheScreenWidth() {
        phoneWidth();
        openShowing("/public/", seeded.programmeName());
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).as("the page itself never scrolls sideways; wide tables scroll in their box")
                .isLessThanOrEqualTo(0);
        wholePage("public-overview-phone");
        open("/public/funds/" + seeded.fundId());
        wholePage("public-fund-phone");
    }

    // -----------------------------------------------------------------------------------------------------------------

    /** Opens a page and reloads it until {@code text} shows: the read model and its caches lag by a few seconds. */
    private void openShowing(String path, String text) {
        open(path);
        awaitText(text);
    }

    private void awaitText(String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!pageText().contains(text)) {
            assertThat(System.nanoTime()).as("page %s shows '%s'", browser.getCurrentUrl(), text).isLessThan(deadline);
            sleep(500);
            browser.navigate().refresh();
        }
    }

    /** A screenshot of the whole page, once the charts have been drawn again at the stretched size. */
    private void wholePage(String name) {
        org.openqa.selenium.Dimension window = browser.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(), Math.min(6000, height.intValue() + 120)));
        chartDrawnIfAny();
        wholePageScreenshot(name);
    }

    /** Charts are resized with the window; wait for the redraw so the screenshot shows them. */
    private void chartDrawnIfAny() {
        sleep(300);
    }

    private String text(String css) {
        return find(css).getText();
    }

    private static String rowOfTranche(WebElement scope, int number) {
        List<WebElement> rows = scope.findElements(By.cssSelector("table.tranches tr[data-tranche='" + number + "']"));
        assertThat(rows).as("tranche %s", number).isNotEmpty();
        return rows.get(0).getText();
    }

    private boolean chartDrawn(String canvas) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Object drawn = ((JavascriptExecutor) browser).executeScript(
                    "return !!(window.Chart && window.Chart.getChart(document.querySelector(arguments[0])));", canvas);
            if (Boolean.TRUE.equals(drawn)) {
                return true;
            }
            sleep(200);
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
