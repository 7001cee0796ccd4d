package org.fundtrail.transparency.opendata;

import org.fundtrail.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The open-data page lists the downloads with what they hold and the IATI type of every kind of transaction. */
class OpenDataBrowserTest extends BrowserTest {

    @Test
    void theDownloadsPageListsEveryDownloadAndKindInBothLanguages() {
        open("/public/open-data");
        assertThat(browser.getTitle()).isEqualTo("开放数据");
        assertThat(find("#transactions-json").getAttribute("href")).endsWith("/api/public/open-data/transactions.json");
        assertThat(find("#transactions-csv").getAttribute("href")).endsWith("/api/public/open-data/transactions.csv");
        assertThat(find("#grants-json").getAttribute("href")).endsWith("/api/public/open-data/grants.json");
        assertThat(find("#grants-csv").getAttribute("href")).endsWith("/api/public/open-data/grants.csv");
        assertThat(browser.findElements(By.cssSelector("#kinds tbody tr"))).hasSize(TransactionKind.values().length);
        assertThat(find("#kinds").getText()).contains("CLAWBACK_REPAYMENT", "追回款已缴回", "3 Disbursement（负值）");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1500));
        screenshot("public-open-data-zh");

        find("#lang-en").click();
        assertThat(browser.getTitle()).isEqualTo("Open data");
        assertThat(find("#kinds").getText()).contains("Clawback repaid", "3 Disbursement (negative value)");
        phoneWidth();
        screenshot("public-open-data-en-phone");
    }
}
