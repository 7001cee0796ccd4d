package org.fundtrail.contract.pages;

import org.fundtrail.programme.pages.FinanceBrowserTest;
import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.scenario.PublicFundsDriver.Actor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maker and checker on a contract through the pages: an officer proposes a tranche payment on the contract page, an
 * approver of the same bureau pays it from the queue; nobody approves their own proposal.
 */
class TranchePagesBrowserTest extends FinanceBrowserTest {

    private static final String MINIMAL_PDF = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";

    @Test
    void anOfficerProposesATrancheAnotherPersonPaysItAndTheNextWaitsForItsEvaluation() throws IOException {
        PublicFundsDriver driver = driver();
        String root = PublicFundsDriver.unique("city");
        var programme = programmeWithMoney(driver, root, "1000000.00");
        var contract = signedContract(driver, programme);
        Actor officer = driver.officerOf(root);
        Actor approver = driver.approverOf(root);

        signInAs(officer);
        open("/app/contracts/" + contract.id());
        assertThat(find("#next-tranche").getText()).contains("第 1 期", "120,000.00", "合同已签订");
        screenshotOf("#officer-actions", "finance-contract-officer-actions");
        open("/app/contracts/" + contract.id() + "?lang=en");
        assertThat(textOf("#officer-actions")).doesNotContain("??").contains("Propose paying tranche 1", "Record an evaluation");
        open("/app/contracts/" + contract.id() + "?lang=zh-CN");
        submit("#propose-tranche");
        assertThat(find("#officer-done").getText()).contains("已申请拨付第 1 期");
        awaitPage("/app/contracts/" + contract.id(), text -> textOf("#next-tranche").contains("等待另一位审批人批准"));
        assertThat(textOf("#next-tranche")).contains(officer.username());
        assertThat(browser.findElements(By.id("propose-tranche"))).as("proposed once, not twice").isEmpty();

        signInAs(approver);
        String first = "#tranche-" + contract.id() + "-1";
        awaitPage("/app/approvals", text -> !textOf(first).isEmpty());
        String item = first;
        assertThat(find(item).getText()).contains("盘锦市五社联动 " + root, contract.id(), "益民社会工作服务中心",
                "120,000.00", "合同已签订", officer.username());
        screenshotOf(item, "finance-approvals-tranche");
        open("/app/approvals?lang=en");
        assertThat(textOf(item)).contains("Tranche 1", "Contract signed", "120,000.00");
        assertThat(pageText()).doesNotContain("??");
        screenshot("finance-approvals-en");
        open("/app/contracts/" + contract.id());
        assertThat(textOf("#approver-pointer")).contains("approved in your queue");
        open("/app/approvals?lang=zh-CN");
        submit(item + " button.approve");
        assertThat(find("#decided").getText()).contains("已批准");
        assertThat(browser.findElements(By.cssSelector(item))).isEmpty();
        awaitPage("/app/contracts/" + contract.id(), text -> textOf("#tranches tr[data-tranche='1']").contains("已拨付"));

        // the next tranche waits for a passed mid-term evaluation: the contract refuses it, the page says why
        signInAs(officer);
        open("/app/contracts/" + contract.id());
        assertThat(find("#next-tranche").getText()).contains("第 2 期", "80,000.00", "中期评估通过");
        long before = eventsOf("contract:" + contract.id());
        submit("#propose-tranche");
        assertThat(find(".refusal").getText()).contains("该期拨款的支付条件尚未达成");
        screenshot("finance-tranche-refused");
        assertThat(eventsOf("contract:" + contract.id())).as("nothing recorded").isEqualTo(before);

        // the evaluation is recorded with its report; without the report it is refused
        open("/app/contracts/" + contract.id());
        new org.openqa.selenium.support.ui.Select(find("#milestone")).selectByValue("MIDTERM_EVALUATION");
        find("#passed-true").click();
        submit("button.record-milestone");
        assertThat(browser.getCurrentUrl()).contains("/app/contracts/" + contract.id() + "/milestones");
        assertThat(find("#record-milestone").getText()).contains("请选择要上传的凭证文件");
        assertThat(find("#passed-true").isSelected()).as("what was chosen is kept").isTrue();
        screenshot("finance-milestone-refused");
        Path report = Files.createTempFile("midterm-report", ".pdf");
        Files.writeString(report, MINIMAL_PDF, StandardCharsets.ISO_8859_1);
        find("#report").sendKeys(report.toAbsolutePath().toString());
        submit("button.record-milestone");
        assertThat(find("#officer-done").getText()).contains("评估已记录");
        assertThat(textOf("#next-tranche")).contains("第 2 期");
        submit("#propose-tranche");
        assertThat(find("#officer-done").getText()).contains("已申请拨付第 2 期");

        signInAs(approver);
        String second = "#tranche-" + contract.id() + "-2";
        awaitPage("/app/approvals", text -> !textOf(second).isEmpty());
        item = second;
        assertThat(find(item + " .condition").getText()).contains("中期评估通过", "评估报告");
        find(item + " input[name='reason']").sendKeys("评估报告未盖章，请补正");
        submit(item + " form.reject button");
        assertThat(find("#decided").getText()).contains("已驳回");
        awaitPage("/app/contracts/" + contract.id(), text -> textOf("#tranches tr[data-tranche='2']").contains("评估报告未盖章，请补正"));

        // a rejected proposal may be made again, from a new form
        signInAs(officer);
        open("/app/contracts/" + contract.id());
        submit("#propose-tranche");
        assertThat(find("#officer-done").getText()).contains("已申请拨付第 2 期");
        assertThat(textOf("#next-tranche")).contains("等待另一位审批人批准");
    }

    @Test
    void whoeverProposedCannotApproveTheirOwnProposalNotEvenByForcingTheForm() {
        PublicFundsDriver driver = driver();
        String root = PublicFundsDriver.unique("city");
        var programme = programmeWithMoney(driver, root, "1000000.00");
        var contract = signedContract(driver, programme);

        // an admin may both propose and approve, but not the same payment
        signInAs(ADMIN, ADMIN_PASSWORD);
        open("/app/contracts/" + contract.id());
        submit("#propose-tranche");
        assertThat(find("#officer-done").getText()).contains("已申请拨付第 1 期");
        awaitPage("/app/contracts/" + contract.id(), text -> textOf("#next-tranche").contains("等待另一位审批人批准"));

        open("/app/approvals");
        assertThat(browser.findElements(By.id("tranche-" + contract.id() + "-1"))).as("not in their own queue").isEmpty();
        long before = eventsOf("contract:" + contract.id());
        Posted forced = forcePost("/app/approvals/tranches/" + contract.id() + "/1/approval", Map.of());
        assertThat(forced.status()).isEqualTo(200);
        assertThat(forced.html()).contains("须由提出人以外的另一名工作人员审批。");
        assertThat(eventsOf("contract:" + contract.id())).as("nothing recorded").isEqualTo(before);

        signInAs(driver.approverOf(root));
        assertThat(textOf("#tranche-" + contract.id() + "-1")).as("in another approver's queue").contains("admin");
        submit("#tranche-" + contract.id() + "-1 button.approve");
        assertThat(find("#decided").getText()).contains("已批准");
    }

    @Test
    void anOfficerAcceptsOneExpenditureAndRejectsAnotherWithAReason() {
        PublicFundsDriver driver = driver();
        String root = PublicFundsDriver.unique("city");
        var programme = programmeWithMoney(driver, root, "1000000.00");
        var contract = signedContract(driver, programme).payTranche(1, START);
        String kept = PublicFundsDriver.unique("ex");
        String refused = PublicFundsDriver.unique("ex");
        PublicFundsDriver.ok(contract.report(contract.contractor(), kept, "personnel", "30000.00", START), 200);
        PublicFundsDriver.ok(contract.report(contract.contractor(), refused, "activities", "5000.00", START), 200);

        signInAs(driver.officerOf(root));
        awaitPage("/app/contracts/" + contract.id(), text -> browser.findElements(By.cssSelector("#review tr[data-expenditure]")).size() == 2);
        screenshotOf("#review", "finance-expenditure-review");
        long before = eventsOf("contract:" + contract.id());
        Posted blank = forcePost("/app/contracts/" + contract.id() + "/expenditures/" + refused + "/rejection", Map.of("reason", ""));
        assertThat(blank.html()).contains("请填写原因");
        assertThat(eventsOf("contract:" + contract.id())).as("nothing recorded").isEqualTo(before);

        open("/app/contracts/" + contract.id());
        submit("#review tr[data-expenditure='" + kept + "'] form.accept button");
        assertThat(find("#officer-done").getText()).contains("支出已认可");
        find("#review tr[data-expenditure='" + refused + "'] input[name='reason']").sendKeys("活动无签到记录");
        submit("#review tr[data-expenditure='" + refused + "'] form.reject button");
        assertThat(find("#officer-done").getText()).contains("不予认可");
        awaitPage("/app/contracts/" + contract.id(), text -> text.contains("活动无签到记录"));
        assertThat(find("#expenditures tr[data-expenditure='" + kept + "']").getText()).contains("30,000.00");
        assertThat(browser.findElements(By.cssSelector("#review tr[data-expenditure]"))).isEmpty();
    }

    @Test
    void anOfficerOrApproverOfAnotherBureauIsRefusedTheContractsForms() {
        PublicFundsDriver driver = driver();
        String root = PublicFundsDriver.unique("city");
        var programme = programmeWithMoney(driver, root, "1000000.00");
        var contract = signedContract(driver, programme);
        PublicFundsDriver.ok(contract.proposeTranche(contract.officer(), 1, START), 200);
        String elsewhere = PublicFundsDriver.unique("city");
        programmeWithMoney(driver, elsewhere, "100.00");
        long before = settledEventsOf("contract:" + contract.id());

        signInAs(driver.officerOf(elsewhere));
        open("/app/contracts/" + contract.id() + "/milestones/new");
        assertThat(pageText()).contains("无权查看");
        open("/app/programmes");
        assertThat(forcePost("/app/contracts/" + contract.id() + "/tranches/2/proposal", Map.of("formId", "tp-x")).status()).isEqualTo(403);
        assertThat(forcePost("/app/contracts/" + contract.id() + "/expenditures/ex-x/acceptance", Map.of()).status()).isEqualTo(403);

        signInAs(driver.approverOf(elsewhere));
        assertThat(browser.findElements(By.id("tranche-" + contract.id() + "-1"))).isEmpty();
        assertThat(forcePost("/app/approvals/tranches/" + contract.id() + "/1/approval", Map.of()).status()).isEqualTo(403);
        assertThat(eventsOf("contract:" + contract.id())).as("nothing recorded").isEqualTo(before);
    }

    /**
     * The aggregate's event count once the tranche schedule has had its say: signing makes the schedule mark the first
     * tranche due a moment later, in its own transaction, and that is not what this test is about.
     */
    private long settledEventsOf(String aggregate) {
        try {
            long count = eventsOf(aggregate);
            for (int unchanged = 0; unchanged < 3; ) {
                Thread.sleep(500);
                long now = eventsOf(aggregate);
                unchanged = now == count ? unchanged + 1 : 0;
                count = now;
            }
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
