package org.fundtrail.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.fundtrail.organisation.api.CreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code demo} profile's example workspace: one charity with a community fund and donations, one Panjin-style
 * programme with an allocation, a contract and a paid tranche, a proposal waiting for approval, and a user for every
 * role (README, "For staff"). It is recorded through the service's own API, as any client would, so it obeys every
 * rule and leaves the same events. It runs once per database (the demo users mark it done) and never without the
 * profile: a production start creates no users but the administrator.
 */
@Component
@Profile("demo")
@EnableConfigurationProperties(DemoProperties.class)
class DemoWorkspace {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

    static final String CHARITY = "demo-charity";
    static final String FUND = "demo-fund";
    static final String PROGRAMME = "demo-programme";
    static final String CITY = "panjin-city";
    static final String DISTRICT = "shuangtaizi-district";
    static final String STREET = "hongqi-street";
    static final String ORGANISATION = "demo-organisation";
    static final String CONTRACT = "demo-contract";

    private final JdbcClient jdbc;
    private final DemoProperties properties;
    private final ObjectMapper json;

    DemoWorkspace(JdbcClient jdbc, DemoProperties properties, ObjectMapper json) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordOnce(ApplicationReadyEvent ready) {
        if (alreadyRecorded()) {
            log.info("Demo workspace already recorded; demo users: {}", DemoUsers.NAMES);
            return;
        }
        int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
        DemoClient admin = new DemoClient(port, properties.adminUsername(), properties.adminPassword(), json);
        record(admin, LocalDate.now());
        log.info("Demo workspace recorded. Sign in at http://localhost:{}/login as any of {} with password '{}'",
                port, DemoUsers.NAMES, properties.password());
    }

    boolean alreadyRecorded() {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(DemoUsers.CHARITY_STAFF)
                .query(Long.class).single() > 0;
    }

    private void record(DemoClient admin, LocalDate today) {
        int year = today.getYear();
        LocalDate start = today.minusDays(60);

        // ---- a charity and its community fund ----------------------------------------------------------------------
        admin.post("/api/admin/charities", Map.of("id", CHARITY, "name", "和平区社区公益基金会",
                "creditCode", creditCode("53120000MJ0000001")));
        admin.post("/api/funds", Map.of("id", FUND, "charityId", CHARITY, "name", "友谊路街道社区基金",
                "community", "河西区友谊路街道", "yearlyTarget", "50000.00", "effectiveDate", start.toString(),
                "purposes", List.of(Map.of("code", "elderly", "name", "助老"), Map.of("code", "children", "name", "助学"))));
        DemoUsers users = new DemoUsers(admin, properties.password());
        users.create(DemoUsers.CHARITY_STAFF, "CHARITY_STAFF", Map.of("charityId", CHARITY));
        DemoClient staff = users.client(DemoUsers.CHARITY_STAFF);
        staff.post("/api/funds/" + FUND + "/donations", donation("demo-donation-1", "张三丰", false, true, "2000.00", today.minusDays(20)));
        staff.post("/api/funds/" + FUND + "/donations", donation("demo-donation-2", "李四", false, false, "500.00", today.minusDays(10)));
        staff.post("/api/funds/" + FUND + "/donations", donation("demo-donation-3", "王五", true, false, "1200.00", today.minusDays(5)));
        staff.post("/api/funds/" + FUND + "/in-kind-donations", Map.of("id", "demo-goods-1",
                "donor", Map.of("kind", "ORGANISATION", "name", "友谊路超市", "anonymous", false, "consentToPublishName", true),
                "items", List.of(Map.of("description", "大米 (10 kg)", "quantity", "20", "unit", "袋", "unitValue", "65.00"),
                        Map.of("description", "食用油 (5 L)", "quantity", "10", "unit", "桶", "unitValue", "89.90")),
                "valuationBasis", "INVOICE", "evidenceReference", "超市发票 No. 00012345", "purpose", "elderly",
                "effectiveDate", today.minusDays(3).toString()));

        // ---- a programme: city → district → contract, one tranche paid -----------------------------------------------
        users.create(DemoUsers.CITY_OFFICER, "FINANCE_OFFICER", Map.of("bureau", CITY));
        users.create(DemoUsers.CITY_APPROVER, "APPROVER", Map.of("bureau", CITY));
        users.create(DemoUsers.OFFICER, "FINANCE_OFFICER", Map.of("bureau", DISTRICT));
        users.create(DemoUsers.APPROVER, "APPROVER", Map.of("bureau", DISTRICT));
        users.create(DemoUsers.AUDITOR, "AUDITOR", Map.of());
        DemoClient cityOfficer = users.client(DemoUsers.CITY_OFFICER);
        DemoClient officer = users.client(DemoUsers.OFFICER);
        DemoClient approver = users.client(DemoUsers.APPROVER);
        cityOfficer.post("/api/programmes", Map.of("id", PROGRAMME, "policyId", "panjin-2023",
                "name", "2023年盘锦市“五社联动”(演示)", "treasuryId", "panjin-treasury", "rootHolder", CITY,
                "rootHolderName", "盘锦市民政局", "fiscalYear", year, "effectiveDate", start.toString()));
        cityOfficer.post("/api/programmes/" + PROGRAMME + "/appropriations", Map.of("id", "demo-appropriation",
                "budgetLine", "专项转移支付", "fiscalYear", year, "amount", "300000.00", "effectiveDate", start.toString()));
        cityOfficer.post("/api/programmes/" + PROGRAMME + "/allocations", allocation("demo-allocation-1", CITY, DISTRICT,
                "双台子区民政局", "200000.00", start.plusDays(5)));
        users.client(DemoUsers.CITY_APPROVER).post("/api/programmes/" + PROGRAMME + "/allocations/demo-allocation-1/approval", Map.of());
        admin.post("/api/organisations", Map.of("id", ORGANISATION, "name", "盘锦市益民社工服务中心",
                "creditCode", creditCode("52211100MJ0000002")));
        users.create(DemoUsers.CONTRACTOR, "CONTRACTOR", Map.of("organisationId", ORGANISATION));
        officer.post("/api/contracts", fields("id", CONTRACT, "programmeId", PROGRAMME, "fundingHolder", DISTRICT,
                "organisationId", ORGANISATION, "community", "双台子区红旗街道胜利社区", "county", "双台子区", "year", year,
                "amount", "100000.00", "budget", List.of(Map.of("category", "personnel", "amount", "60000.00"),
                        Map.of("category", "activities", "amount", "40000.00")),
                "startDate", start.plusDays(10).toString(), "endDate", start.plusDays(375).toString(),
                "effectiveDate", start.plusDays(10).toString()));
        officer.post("/api/contracts/" + CONTRACT + "/tranches/1/proposal", Map.of("effectiveDate", start.plusDays(12).toString()));
        approver.post("/api/contracts/" + CONTRACT + "/tranches/1/approval", Map.of("effectiveDate", start.plusDays(12).toString()));

        // ---- waiting for the approver: an allocation one hop further down ------------------------------------------
        officer.post("/api/programmes/" + PROGRAMME + "/allocations", allocation("demo-allocation-2", DISTRICT, STREET,
                "红旗街道办事处", "50000.00", today));
    }

    private static Map<String, Object> donation(String id, String name, boolean anonymous, boolean consent, String amount,
                                                LocalDate date) {
        return Map.of("id", id, "donor", Map.of("kind", "INDIVIDUAL", "name", name, "anonymous", anonymous,
                        "consentToPublishName", consent), "channel", "WECHAT_PAY", "amount", amount, "purpose", "elderly",
                "effectiveDate", date.toString());
    }

    private static Map<String, Object> allocation(String id, String from, String to, String toName, String amount,
                                                  LocalDate date) {
        return Map.of("id", id, "fromHolder", from, "toHolder", to, "toHolderName", toName, "amount", amount,
                "effectiveDate", date.toString());
    }

    /** A JSON object with more fields than {@code Map.of} takes. */
    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    /** A valid 统一社会信用代码 (check character computed) for a demo record. */
    private static String creditCode(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
