package org.fundtrail.contract;

import org.fundtrail.IntegrationTest;
import org.fundtrail.scenario.PublicFundsDriver;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrail.scenario.PublicFundsDriver.fields;
import static org.fundtrail.scenario.PublicFundsDriver.ok;

/**
 * A rejected tranche proposal may be made again. Over the API the tranche names the request, so the same request
 * again only repeats the first answer; a new {@code Idempotency-Key} makes it a new proposal.
 */
class TrancheProposedAgainIntegrationTest extends IntegrationTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 10);

    @Test
    void aRejectedProposalIsMadeAgainWithANewIdempotencyKey() {
        PublicFundsDriver driver = new PublicFundsDriver(port, json, ADMIN, ADMIN_PASSWORD);
        String root = PublicFundsDriver.unique("city");
        var programme = driver.createProgramme("panjin-2023", "盘锦市五社联动", "treasury-" + root, root, "市民政局", 2026, START)
                .appropriate("300000.00", START);
        var contract = programme.contract().fundedBy(root).with(driver.registerOrganisation("益民社工"))
                .forCommunity("胜利社区", "双台子区", 2026).amount("100000.00").budget("personnel", "100000.00")
                .runs(START, START.plusMonths(9)).signedOn(START).sign();
        String path = "/api/contracts/" + contract.id() + "/tranches/1";

        ok(contract.proposeTranche(contract.officer(), 1, START), 200);
        ok(contract.approver().post(path + "/rejection", fields("reason", "附件不全")), 200);
        long afterRejection = eventsOf("contract:" + contract.id());

        Answer repeated = proposeWithKey(contract.officer().username(), path, null);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(eventsOf("contract:" + contract.id())).as("the first answer, nothing new").isEqualTo(afterRejection);

        assertThat(proposeWithKey(contract.officer().username(), path, "second-attempt").status()).isEqualTo(200);
        assertThat(eventsOf("contract:" + contract.id())).as("proposed again").isEqualTo(afterRejection + 1);
        ok(contract.approveTranche(contract.approver(), 1, START), 200);
    }

    private Answer proposeWithKey(String officer, String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path + "/proposal"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"effectiveDate\":\"" + START + "\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (officer + ":" + PublicFundsDriver.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return anonymous(request);
    }
}
