package org.fundtrail.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo profile records a small workspace through the API, with a user for every role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoWorkspaceTest {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    DemoWorkspace demo;

    @Test
    void everyRoleHasADemoUserWhoCanSignIn() throws Exception {
        assertThat(get(DemoUsers.CHARITY_STAFF, "/api/funds/" + DemoWorkspace.FUND).statusCode()).isEqualTo(200);
        assertThat(get(DemoUsers.AUDITOR, "/api/audit/trial-balance").statusCode()).isEqualTo(200);
        for (String user : DemoUsers.NAMES) {
            assertThat(get(user, "/api/programmes").statusCode()).as(user).isNotEqualTo(401);
        }
    }

    @Test
    void theFundHasDonationsAndTheApproverHasAnAllocationWaiting() throws Exception {
        JsonNode donations = json.readTree(get(DemoUsers.CHARITY_STAFF, "/api/funds/" + DemoWorkspace.FUND + "/donations").body());
        assertThat(donations.toString()).contains("demo-donation-1", "demo-donation-3");

        JsonNode programme = json.readTree(get(DemoUsers.APPROVER, "/api/programmes/" + DemoWorkspace.PROGRAMME).body());
        assertThat(programme.toString()).contains("demo-allocation-2");
        assertThat(demo.alreadyRecorded()).as("a second start records nothing again").isTrue();
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":demo-password").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
