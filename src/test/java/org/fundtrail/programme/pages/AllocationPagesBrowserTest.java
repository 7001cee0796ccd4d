package org.fundtrail.programme.pages;

import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.scenario.PublicFundsDriver.Actor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer proposes an allocation on the programme page; an approver of the same bureau approves or rejects it. */
class AllocationPagesBrowserTest extends FinanceBrowserTest {

    @Test
    void anOfficerProposesAnAllocationAndAnotherPersonApprovesItFromTheQueue() {
        PublicFundsDriver driver = driver();
        String root = PublicFundsDriver.unique("city");
        var programme = programmeWithMoney(driver, root, "1000000.00");
        Actor officer = driver.officerOf(root);
        Actor approver = driver.approverOf(root);

        signInAs(officer);
        assertThat(browser.getCurrentUrl()).as("an officer starts on the programmes").endsWith("/app/programmes");
        screenshot("finance-programmes");
        submit("#programmes a[href$='/app/programmes/" + programme.id() + "']");
        assertThat(row("#holders tr[data-holder='" + root + "']").getText()).contains("1,000,000.00");
        screenshot("finance-programme");

        String district = PublicFundsDriver.unique("district");
        long before = eventsOf("programme:" + programme.id());
        find("#toHolder").sendKeys(root);
        find("#toHolderName").sendKeys("兴隆台区民政局");
        find("#amount").sendKeys("300000.005");
        submit("#propose");
        assertThat(find("#amount").getAttribute("value")).as("what was typed is kept").isEqualTo("300000.005");
        assertThat(pageText()).contains("最多两位小数");
        find("#amount").clear();
        find("#amount").sendKeys("300000.00");
        submit("#propose");
        assertThat(find("#toHolder").getAttribute("value")).isEqualTo(root);
        assertThat(find("#propose-allocation .field-error").getText()).as("the rule, next to the receiving holder")
                .contains("资金须沿原划拨渠道逐级下达");
        screenshotOf("#propose-allocation", "finance-allocation-refused");
        assertThat(eventsOf("programme:" + programme.id())).as("nothing recorded").isEqualTo(before);

        find("#toHolder").clear();
        find("#toHolder").sendKeys(district);
        submit("#propose");
        assertThat(browser.getCurrentUrl()).contains("/app/programmes/" + programme.id() + "?proposed=");
        String allocation = browser.getCurrentUrl().replaceAll(".*proposed=", "");
        assertThat(find("#proposed").getText()).contains("等待审批");
        assertThat(row("#allocations tr[data-allocation='" + allocation + "']").getText())
                .contains("兴隆台区民政局", "300,000.00", officer.username(), "待审批");
        browser.navigate().refresh();
        assertThat(eventsOf("programme:" + programme.id())).as("one proposal, however often the page is reloaded")
                .isEqualTo(before + 1);

        signInAs(approver);
        assertThat(browser.getCurrentUrl()).as("an approver starts on the queue").endsWith("/app/approvals");
        String item = find("#allocation-" + allocation).getText();
        assertThat(item).contains("盘锦市五社联动 " + root, "兴隆台区民政局", "300,000.00", officer.username(), "2026-");
        screenshot("finance-approvals");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
        screenshot("finance-approvals-tablet");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        submit("#allocation-" + allocation + " button.approve");
        assertThat(find("#decided").getText()).contains("已批准");
        assertThat(browser.findElements(By.id("allocation-" + allocation))).as("decided, so no longer waiting").isEmpty();

        open("/app/programmes/" + programme.id());
        assertThat(row("#holders tr[data-holder='" + district + "']").getText()).contains("300,000.00");
        assertThat(row("#holders tr[data-holder='" + root + "']").getText()).contains("700,000.00");
        assertThat(row("#allocations tr[data-allocation='" + allocation + "']").getText()).contains("已批准");
        open("/app/programmes/" + programme.id() + "?lang=en");
        assertThat(row("#allocations tr[data-allocation='" + allocation + "']").getText()).contains("Approved");
        assertThat(pageText()).as("every text has its English").doesNotContain("??").contains("Channel and what each holder holds");
        screenshot("finance-programme-after-approval-en");
        open("/app/programmes/" + programme.id() + "?lang=zh-CN");
    }

    @Test
    void theSameFormSentTwiceRecordsOneAllocation() {
        PublicFundsDriver driver = driver();
        String root = PublicFundsDriver.unique("city");
        var programme = programmeWithMoney(driver, root, "500000.00");
        signInAs(driver.officerOf(root));
        open("/app/programmes/" + programme.id());
        String formId = find("#allocationId").getAttribute("value");
        Map<String, String> form = Map.of("allocationId", formId, "fromHolder", root,
                "toHolder", PublicFundsDriver.unique("district"), "toHolderName", "盘山县民政局", "amount", "1234.56");
        long before = eventsOf("programme:" + programme.id());

        Posted first = forcePost("/app/programmes/" + programme.id() + "/allocations", form);
        Posted again = forcePost("/app/programmes/" + programme.id() + "/allocations", form);

        assertThat(first.html()).contains("id=\"proposed\"");
        assertThat(again.html()).as("the repeat gets the first answer, not a refusal").contains("id=\"proposed\"")
                .doesNotContain("field-error\"");

        assertThat(eventsOf("programme:" + programme.id())).as("one proposal for one form").isEqualTo(before + 1);
        open("/app/programmes/" + programme.id());
        assertThat(find("#allocations").getText()).contains("盘山县民政局", "1,234.56");
        assertThat(browser.findElements(By.cssSelector("#allocations tr[data-allocation]"))).hasSize(1);
    }

    @Test
    void anApproverRejectsWithAReasonAndCannotRejectWithoutOne() {
        PublicFundsDriver driver = driver();
        String root = PublicFundsDriver.unique("city");
        var programme = programmeWithMoney(driver, root, "500000.00");
        String allocation = PublicFundsDriver.unique("al");
        PublicFundsDriver.ok(programme.proposeAllocation(driver.officerOf(root), allocation, root,
                PublicFundsDriver.unique("district"), "大洼区民政局", "200000.00", START), 201);

        signInAs(driver.approverOf(root));
        long before = eventsOf("programme:" + programme.id());
        Posted blank = forcePost("/app/approvals/allocations/" + programme.id() + "/" + allocation + "/rejection",
                Map.of("reason", " "));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.html()).contains("请填写原因");
        assertThat(eventsOf("programme:" + programme.id())).as("nothing recorded").isEqualTo(before);

        open("/app/approvals");
        find("#reason-" + allocation).sendKeys("与年度计划不符");
        submit("#allocation-" + allocation + " form.reject button");
        assertThat(find("#decided").getText()).contains("已驳回");
        assertThat(jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domainevententry
                         WHERE aggregateidentifier = ? AND payloadtype LIKE '%AllocationRejected'""")
                .param("programme:" + programme.id()).query(String.class).single()).contains("与年度计划不符");
        open("/app/programmes/" + programme.id());
        assertThat(row("#allocations tr[data-allocation='" + allocation + "']").getText()).contains("已驳回");
    }

    @Test
    void anOfficerOrApproverOfAnotherBureauIsRefusedThePagesAndTheForms() {
        PublicFundsDriver driver = driver();
        String root = PublicFundsDriver.unique("city");
        var programme = programmeWithMoney(driver, root, "500000.00");
        String allocation = PublicFundsDriver.unique("al");
        PublicFundsDriver.ok(programme.proposeAllocation(driver.officerOf(root), allocation, root,
                PublicFundsDriver.unique("district"), "大洼区民政局", "200000.00", START), 201);
        String elsewhere = PublicFundsDriver.unique("city");
        programmeWithMoney(driver, elsewhere, "100.00");

        Actor stranger = driver.officerOf(elsewhere);
        as(stranger.username(), PublicFundsDriver.PASSWORD);
        assertThat(get("/api/programmes/" + programme.id()).status()).as("the API scopes reads as the pages do").isEqualTo(403);
        assertThat(get("/api/programmes").body().toString()).doesNotContain(programme.id());

        signInAs(stranger);
        assertThat(find("#programmes").getText()).doesNotContain(programme.id(), "盘锦市五社联动 " + root);
        long before = eventsOf("programme:" + programme.id());
        Posted propose = forcePost("/app/programmes/" + programme.id() + "/allocations", Map.of("allocationId", "al-x",
                "fromHolder", root, "toHolder", "d-x", "toHolderName", "x", "amount", "1.00"));
        assertThat(propose.status()).isEqualTo(403);
        open("/app/programmes/" + programme.id());
        assertThat(pageText()).contains("无权查看");
        assertThat(pageText()).doesNotContain("1,000,000.00", "500,000.00");
        open("/app/approvals");
        assertThat(pageText()).as("an officer has no queue").contains("无权查看");

        signInAs(driver.approverOf(elsewhere));
        assertThat(pageText()).doesNotContain(allocation);
        Posted approve = forcePost("/app/approvals/allocations/" + programme.id() + "/" + allocation + "/approval", Map.of());
        assertThat(approve.status()).isEqualTo(403);
        assertThat(eventsOf("programme:" + programme.id())).as("nothing recorded").isEqualTo(before);
    }
}
