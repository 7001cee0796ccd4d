package org.fundtrail.transparency;

import org.fundtrail.scenario.PublicFundsDriver;
import org.fundtrail.scenario.PublicFundsDriver.ContractDriver;
import org.fundtrail.scenario.PublicFundsDriver.ProgrammeDriver;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.scenario.PublicFundsDriver.fields;
import static org.fundtrail.scenario.PublicFundsDriver.ok;
import static org.fundtrail.scenario.PublicFundsDriver.unique;

/**
 * Facts for the public pages, recorded through the REST API as the people concerned would: a programme with two
 * districts and two contracts (one running, one ended by a published fraud finding), and a community fund with
 * named, masked, anonymous and consenting donors, goods and a grant. Amounts are chosen so that rounding would show.
 */
final class PublicSeed {

    /** Donors' real names: they must never appear in public unless the donor consented. */
    static final String MASKED_DONOR = "张三丰";
    static final String MASKED_DONOR_2 = "欧阳娜娜";
    static final String ANONYMOUS_DONOR = "李四光";
    static final String CONSENTING_DONOR = "王五";
    static final String LATIN_DONOR = "Zhang Sanfeng";
    static final String COMPANY_DONOR = "盘锦市爱心粮油有限公司";
    static final String DONOR_PHONE = "13912345678";
    static final String FRAUD_TEXT = "虚报参与人数并伪造签到表";

    record Seeded(String programmeId, String programmeName, String contractId, String fraudContractId,
                  String organisationName, String fundId, String fundName, String charityName) {
    }

    private PublicSeed() {
    }

    static Seeded plant(PublicFundsDriver driver) {
        String city = unique("pub-city");
        String district = unique("pub-district");
        String otherDistrict = unique("pub-district");
        String programmeName = "2026年盘锦市“五社联动”公示测试 " + unique("p");
        ProgrammeDriver programme = driver.createProgramme("panjin-2023", programmeName, unique("pub-treasury"), city,
                "盘锦市民政局", 2026, LocalDate.of(2026, 2, 1));
        programme.appropriate("500000.00", LocalDate.of(2026, 2, 1))
                .allocate(city, district, "双台子区民政局", "300000.00", LocalDate.of(2026, 2, 10))
                .allocate(city, otherDistrict, "兴隆台区民政局", "100000.00", LocalDate.of(2026, 2, 11));

        String organisationName = "盘锦市益民社会工作服务中心 " + unique("o");
        String organisation = driver.registerOrganisation(organisationName);
        ContractDriver contract = programme.contract().fundedBy(district).with(organisation)
                .forCommunity("双台子区红旗街道胜利社区", "双台子区", 2026).amount("123456.78")
                .budget("personnel", "60000.00").budget("activities", "43456.78").budget("materials", "20000.00")
                .runs(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)).signedOn(LocalDate.of(2026, 3, 1))
                .sign();
        contract.payTranche(1, LocalDate.of(2026, 3, 10));
        ok(contract.milestone("MIDTERM_EVALUATION", true, LocalDate.of(2026, 7, 30)), 200);
        contract.spend("personnel", "30000.00", LocalDate.of(2026, 4, 30))
                .spend("activities", "12345.67", LocalDate.of(2026, 5, 15));
        ok(contract.clawback("cb-1", "1000.00", "活动经费超标准列支，涉及参与人 13800000000", LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 8, 1)), 200);
        ok(contract.repay("cb-1", "400.00", LocalDate.of(2026, 8, 20)), 200);
        ok(contract.returnSurplus("500.00", LocalDate.of(2026, 9, 1)), 200);

        String otherOrganisation = driver.registerOrganisation("兴隆台区和美社工事务所 " + unique("o"));
        ContractDriver fraudulent = programme.contract().fundedBy(otherDistrict).with(otherOrganisation)
                .forCommunity("兴隆台区兴盛街道和平社区", "兴隆台区", 2026).amount("50000.00")
                .budget("personnel", "50000.00")
                .runs(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)).signedOn(LocalDate.of(2026, 3, 2))
                .sign();
        fraudulent.payTranche(1, LocalDate.of(2026, 3, 12));
        ok(fraudulent.fraud(FRAUD_TEXT, LocalDate.of(2026, 6, 1)), 200);

        PublicFundsDriver.Actor admin = driver.admin();
        String charity = unique("pub-charity");
        String charityName = "盘锦市慈善总会 " + charity;
        assertThat(admin.post("/api/admin/charities", fields("id", charity, "name", charityName,
                "creditCode", creditCode())).status()).isEqualTo(201);
        String fund = unique("pub-fund");
        String fundName = "胜利社区基金 " + fund;
        ok(admin.post("/api/funds", fields("id", fund, "charityId", charity, "name", fundName,
                "community", "双台子区红旗街道胜利社区",
                "purposes", List.of(fields("code", "elderly", "name", "助老"), fields("code", "children", "name", "助学")),
                "yearlyTarget", "50000.00", "effectiveDate", "2026-01-05")), 201);
        donate(admin, fund, MASKED_DONOR, false, false, "1234.56", null, "2026-03-01");
        donate(admin, fund, MASKED_DONOR_2, false, false, "20000.00", "elderly", "2026-03-02");
        donate(admin, fund, ANONYMOUS_DONOR, true, false, "500.00", null, "2026-03-03");
        donate(admin, fund, CONSENTING_DONOR, false, true, "888.88", "children", "2026-03-04");
        donate(admin, fund, LATIN_DONOR, false, false, "100.01", null, "2026-03-05");
        ok(admin.post("/api/funds/" + fund + "/in-kind-donations", fields("id", unique("ik"),
                "donor", donor("COMPANY", COMPANY_DONOR, false, false),
                "items", List.of(fields("description", "大米（送给张三丰家）", "quantity", "100", "unit", "袋", "unitValue", "85.50"),
                        fields("description", "食用油", "quantity", "20", "unit", "桶", "unitValue", "120.25")),
                "valuationBasis", "INVOICE", "evidenceReference", "发票 No.0012345", "purpose", "elderly",
                "effectiveDate", "2026-03-06")), 201);
        String grant = unique("gr");
        ok(admin.post("/api/funds/" + fund + "/grants", fields("id", grant, "granteeCreditCode", creditCode(),
                "granteeName", "胜利社区老年协会", "project", "为独居老人赵六送餐", "pool", "restricted:elderly",
                "amount", "5000.00", "effectiveDate", "2026-04-01")), 201);
        ok(admin.post("/api/funds/" + fund + "/grants/" + grant + "/payments", fields("paymentNumber", 1,
                "amount", "2000.00", "effectiveDate", "2026-04-02")), 200);
        return new Seeded(programme.id(), programmeName, contract.id(), fraudulent.id(), organisationName, fund,
                fundName, charityName);
    }

    private static void donate(PublicFundsDriver.Actor admin, String fund, String name, boolean anonymous,
                               boolean consent, String amount, String purpose, String date) {
        ok(admin.post("/api/funds/" + fund + "/donations", fields("id", unique("d"),
                "donor", donor("INDIVIDUAL", name, anonymous, consent), "channel", "WECHAT_PAY", "amount", amount,
                "purpose", purpose, "effectiveDate", date)), 201);
    }

    private static Map<String, Object> donor(String kind, String name, boolean anonymous, boolean consent) {
        return fields("kind", kind, "name", name, "contact", DONOR_PHONE, "anonymous", anonymous,
                "consentToPublishName", consent);
    }

    private static final java.util.concurrent.atomic.AtomicInteger SERIAL = new java.util.concurrent.atomic.AtomicInteger();

    /** A valid 统一社会信用代码 with a prefix no other test uses. */
    private static String creditCode() {
        String first17 = "53129" + "%02d".formatted(ProcessHandle.current().pid() % 100) + "%010d".formatted(SERIAL.incrementAndGet());
        return first17 + org.fundtrail.organisation.api.CreditCode.checkCharacter(first17);
    }
}
