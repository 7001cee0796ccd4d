package org.fundtrail.transparency;

import com.fasterxml.jackson.databind.JsonNode;
import org.fundtrail.IntegrationTest.Answer;
import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.scenario.PublicFundsDriver.Actor;
import org.fundtrail.scenario.PublicFundsDriver.ContractDriver;
import org.fundtrail.scenario.PublicFundsDriver.ProgrammeDriver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.fundtrail.scenario.PublicFundsDriver.fields;
import static org.fundtrail.scenario.PublicFundsDriver.ok;
import static org.fundtrail.scenario.PublicFundsDriver.unique;

/**
 * Seed-like data full of personal details in the places staff type them: a Panjin-style programme with a contract
 * whose expenditure descriptions, rejection, clawback and termination reasons name people with their phone and
 * identity numbers, a Fuzhou-style contract with a published fraud finding that does the same, and a community fund whose donors have Chinese names and contacts (some anonymous, one consenting
 * to publication), with a reversal, a distribution of goods and a grant whose free text does the same. {@link #secrets}
 * is every string that must never appear on the public side.
 */
final class PrivateDataScenario {

    /** A donor who consented: their name may be published, their contact never. */
    static final String CONSENTING_DONOR = "刘德明";

    final List<String> secrets = new ArrayList<>();
    final List<String> receipts = new ArrayList<>();
    final List<String> amounts = new ArrayList<>();
    String programmeId;
    String contractId;
    String fundId;

    private final PublicFundsDriver funds;
    private final Actor admin;

    private PrivateDataScenario(PublicFundsDriver funds) {
        this.funds = funds;
        this.admin = funds.admin();
    }

    static PrivateDataScenario seed(PublicFundsDriver funds, String charityId) {
        PrivateDataScenario scenario = new PrivateDataScenario(funds);
        scenario.seedProgramme();
        scenario.seedFraud();
        scenario.seedFund(charityId);
        return scenario;
    }

    /** Free text with a person's name, phone and identity number in it; remembered as a secret, whole and in parts. */
    private String personal(String text, String name, String phone, String idNumber) {
        secrets.add(text);
        secrets.add(name);
        secrets.add(phone);
        secrets.add(idNumber);
        return text;
    }

    private void seedProgramme() {
        String city = unique("pv-city");
        String district = unique("pv-district");
        ProgrammeDriver programme = funds.createProgramme("panjin-2023", "2023年盘锦市民政局“五社联动”工作实施方案（公开测试）",
                unique("pv-treasury"), city, "盘锦市民政局", 2023, LocalDate.of(2023, 3, 1));
        programmeId = programme.id();
        programme.appropriate("300000.00", LocalDate.of(2023, 3, 1))
                .allocate(city, district, "兴隆台区民政局", "300000.00", LocalDate.of(2023, 3, 10));
        String organisation = funds.registerOrganisation("盘锦市阳光社会工作服务中心");
        ContractDriver contract = programme.contract().fundedBy(district).with(organisation)
                .forCommunity("兴隆台区振兴街道幸福社区", "兴隆台区", 2023).amount("200000.00")
                .budget("personnel", "100000.00").budget("activities", "70000.00").budget("materials", "30000.00")
                .runs(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 12, 31)).signedOn(LocalDate.of(2023, 4, 1))
                .sign();
        contractId = contract.id();
        contract.payTranche(1, LocalDate.of(2023, 4, 10));

        String spent = unique("ex");
        ok(contract.contractor().post("/api/contracts/" + contractId + "/expenditures", fields("id", spent,
                "category", "activities", "amount", "30000.00",
                "description", personal("为独居老人孙玉兰（电话 13812345678，身份证 210211194805060023）上门服务", "孙玉兰",
                        "13812345678", "210211194805060023"),
                "evidenceReference", personal("发票-孙玉兰-13812345678", "孙玉兰", "13812345678", "210211194805060023"),
                "effectiveDate", LocalDate.of(2023, 6, 30))), 200);
        ok(contract.accept(spent, LocalDate.of(2023, 6, 30)), 200);
        String improper = unique("ex");
        ok(contract.report(contract.contractor(), improper, "materials", "10000.00", LocalDate.of(2023, 7, 8)), 200);
        ok(contract.rejectExpenditure(improper, personal("收款人马春生（13612349876，身份证 211103197203150518）与项目无关",
                "马春生", "13612349876", "211103197203150518")), 200);
        String clawback = unique("cb");
        ok(contract.clawback(clawback, "20000.00",
                personal("退回多付给杨光明（13512340001，身份证 211102198001011234）的补贴", "杨光明", "13512340001",
                        "211102198001011234"), LocalDate.of(2023, 9, 30), LocalDate.of(2023, 8, 1)), 200);
        ok(contract.repay(clawback, "20000.00", LocalDate.of(2023, 9, 1)), 200);
        ok(contract.terminate(personal("负责人何晓东（13412345670，身份证 211121197507070457）离职", "何晓东", "13412345670",
                "211121197507070457"), LocalDate.of(2023, 9, 15)), 200);
    }

    /** Fuzhou-style (seed 001): 80 % on signing, then a published fraud finding whose text names a person. */
    private void seedFraud() {
        String city = unique("pv-fz-city");
        String gulou = unique("pv-fz-gulou");
        ProgrammeDriver programme = funds.createProgramme("fuzhou-2021", "2021年福州市城乡社区“三社联动”试点项目（公开测试）",
                unique("pv-fz-treasury"), city, "福州市民政局", 2021, LocalDate.of(2021, 3, 1));
        programme.appropriate("200000.00", LocalDate.of(2021, 3, 1))
                .allocate(city, gulou, "鼓楼区民政局", "200000.00", LocalDate.of(2021, 3, 20));
        ContractDriver contract = programme.contract().fundedBy(gulou)
                .with(funds.registerOrganisation("福州市鼓楼区社会工作服务中心"))
                .forCommunity("鼓楼区鼓东街道三角井社区", "鼓楼区", 2021).amount("200000.00")
                .budget("personnel", "120000.00").budget("activities", "60000.00").budget("materials", "15000.00")
                .budget("evaluation-fee", "5000.00")
                .runs(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 12, 31)).signedOn(LocalDate.of(2021, 4, 1))
                .sign();
        contract.payTranche(1, LocalDate.of(2021, 4, 10));
        ok(contract.fraud(personal("负责人林志强（13712340000，身份证 350102198201010031）伪造签到表", "林志强",
                "13712340000", "350102198201010031"), LocalDate.of(2021, 8, 1)), 200);
    }

    private void seedFund(String charityId) {
        fundId = unique("pv-fund");
        ok(admin.post("/api/funds", Map.of("id", fundId, "charityId", charityId, "name", "幸福社区慈善基金",
                "community", "兴隆台区振兴街道幸福社区",
                "purposes", List.of(Map.of("code", "elderly", "name", "助老"), Map.of("code", "children", "name", "助学")),
                "yearlyTarget", "50000.00", "effectiveDate", "2026-01-05")), 201);

        donate("王建国", "13912345678", "110105194912310021", false, false, "1000.00");
        donate("李秀英", "13712345678", "11010519491231002X", true, false, "500.00");
        donate(CONSENTING_DONOR, "15098765432", "110101198203040513", false, true, "800.00");
        donate("陈淑芬", "18612345678", "370102198511110026", false, false, "66.66");
        String reversed = donate("张伟", "13312345678", "440106199001011234", false, false, "200.00");
        ok(admin.post("/api/funds/" + fundId + "/donations/" + reversed + "/reversal", fields(
                "reason", personal("捐赠人张伟（13312345678，身份证 440106199001011234）要求退回", "张伟", "13312345678",
                        "440106199001011234"), "effectiveDate", "2026-11-21")), 200);

        String goods = unique("pv-goods");
        Answer inKind = admin.post("/api/funds/" + fundId + "/in-kind-donations", Map.of("id", goods,
                "donor", donor("赵丽华", "15212345678", "110108196509090528", false, false),
                "items", List.of(Map.of("description", "大米（10公斤装）", "quantity", "100", "unit", "袋", "unitValue", "50.00")),
                "valuationBasis", "INVOICE",
                "evidenceReference", personal("捐赠协议-赵丽华-110108196509090528", "赵丽华", "15212345678", "110108196509090528"),
                "purpose", "elderly", "effectiveDate", "2026-11-20"));
        remember(ok(inKind, 201));
        ok(admin.post("/api/funds/" + fundId + "/in-kind-donations/" + goods + "/disposals", fields("id", unique("pv-disp"),
                "line", 1, "quantity", "40", "disposal", "DISTRIBUTED",
                "recipient", personal("低保户吴桂兰（13612345678，身份证 210211195002020022）", "吴桂兰", "13612345678",
                        "210211195002020022"), "effectiveDate", "2026-11-22")), 200);

        ok(admin.post("/api/funds/" + fundId + "/grants", fields("id", unique("pv-grant"),
                "granteeCreditCode", organisationCreditCode(),
                "granteeName", personal("幸福社区互助会（联系人周桂英 13312349999，身份证 210211196001010027）", "周桂英",
                        "13312349999", "210211196001010027"),
                "project", personal("为周桂英家庭（13312349999）提供助老服务", "周桂英", "13312349999", "210211196001010027"),
                "pool", "restricted:elderly", "amount", "300.00", "effectiveDate", "2026-11-23")), 201);
    }

    private String donate(String name, String phone, String idNumber, boolean anonymous, boolean consent, String amount) {
        String id = unique("pv-gift");
        Answer answer = admin.post("/api/funds/" + fundId + "/donations", Map.of("id", id,
                "donor", donor(name, phone, idNumber, anonymous, consent), "channel", "WECHAT_PAY", "amount", amount,
                "purpose", "elderly", "effectiveDate", "2026-11-20"));
        remember(ok(answer, 201));
        return id;
    }

    private Map<String, Object> donor(String name, String phone, String idNumber, boolean anonymous, boolean consent) {
        String contact = "电话 " + phone + "；身份证 " + idNumber + "；" + name + "@example.cn";
        secrets.add(contact);
        secrets.add(phone);
        secrets.add(idNumber);
        secrets.add(name + "@example.cn");
        if (!consent) {
            secrets.add(name);
        }
        return Map.of("kind", "INDIVIDUAL", "name", name, "contact", contact, "anonymous", anonymous,
                "consentToPublishName", consent);
    }

    private void remember(JsonNode receipt) {
        receipts.add(receipt.path("receiptNumber").asText());
        amounts.add(receipt.path("amount").asText());
    }

    /** The grantee's 统一社会信用代码: that of a registered organisation, so it passes the check character. */
    private String organisationCreditCode() {
        String organisation = funds.registerOrganisation("幸福社区互助会");
        return funds.organisation(organisation).path("creditCode").asText();
    }
}
