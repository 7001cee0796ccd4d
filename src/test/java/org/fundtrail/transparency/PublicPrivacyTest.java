package org.fundtrail.transparency;

import com.fasterxml.jackson.databind.JsonNode;
import org.fundtrail.transparency.PublicSiteCrawler.Fetched;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No public page and no public API answer shows a donor's name without consent, a phone number, an identity number, a
 * contact, or any free text typed by staff, over the seed-like data of {@link PrivateDataScenario}. The crawl finds
 * the pages itself, so new public pages are covered as they are added.
 */
class PublicPrivacyTest extends PublicSiteTest {

    /** A mainland mobile number standing alone (not inside a hash, a signature or a longer number). */
    private static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");
    /** A resident identity number: region, a real-looking birth date, sequence, check character. */
    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])\\d{6}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![0-9A-Za-z])");
    /** Base64 that a JSON answer carries (an event's canonical content): decoded and read as well. */
    private static final Pattern CANONICAL = Pattern.compile("\"canonicalContent\"\\s*:\\s*\"([A-Za-z0-9+/=]+)\"");

    @Test
    void noPublicPageOrAnswerCarriesPersonalDataOrFreeText() {
        assertEventContentShownForCashGiftsOnly();
        List<Fetched> site = site().fetched();

        List<String> ok = site.stream().filter(page -> page.status() == 200).map(Fetched::path).toList();
        assertThat(ok).as("a contract page in English").anyMatch(path -> path.matches("/public/contracts/[^/?]+\\?lang=en"));
        assertThat(ok).as("the crawl found the scenario's pages and the downloads by following links").contains(
                "/public/programmes/" + scenario().programmeId, "/public/contracts/" + scenario().contractId,
                "/public/funds/" + scenario().fundId,
                "/public/open-data", "/api/public/open-data/transactions.csv", "/api/public/open-data/grants.json",
                "/api/public/integrity/public-key");
        assertThat(ok.stream().filter(path -> path.startsWith("/api/public/donations/check")).count())
                .as("every seeded receipt was checked").isEqualTo(scenario().receipts.size() * 2L);

        List<String> leaks = new ArrayList<>();
        for (Fetched page : site) {
            leaks.addAll(leaks(page.path(), readable(page)));
        }
        assertThat(leaks).as("personal data on the public side").isEmpty();
    }

    @Test
    void theScanFindsWhatStaffSeeSoItWouldFindALeak() {
        String staffView = get("/api/funds/" + scenario().fundId + "/donations").raw().body();
        assertThat(leaks("/api/funds/…/donations", staffView))
                .anyMatch(leak -> leak.contains("王建国"))
                .anyMatch(leak -> leak.contains("phone number 13912345678"))
                .anyMatch(leak -> leak.contains("identity number 11010519491231002X"));
    }

    @Test
    void theConsentingDonorsContactStaysPrivateWhileTheirNameMayBeShown() {
        assertThat(scenario().secrets).doesNotContain(PrivateDataScenario.CONSENTING_DONOR)
                .contains("刘德明@example.cn", "15098765432");
    }

    /** A cash gift's proof shows its event's content; an in-kind gift's (staff's text in it) does not. */
    private void assertEventContentShownForCashGiftsOnly() {
        for (String path : checkPaths("/api/public/donations/check")) {
            JsonNode proof = anonymous(HttpRequest.newBuilder(uri(path)).GET()).body()
                    .path("donation").path("inclusion").path("proof");
            boolean cash = proof.path("payloadType").asText().endsWith(".DonationRecorded");
            assertThat(proof.has("canonicalContent")).as("event content shown for %s", path).isEqualTo(cash);
        }
    }

    private List<String> leaks(String path, String text) {
        List<String> found = new ArrayList<>();
        for (String secret : scenario().secrets) {
            if (text.contains(secret)) {
                found.add(path + ": " + secret);
            }
        }
        for (Matcher phone = PHONE.matcher(text); phone.find(); ) {
            found.add(path + ": phone number " + phone.group());
        }
        for (Matcher id = ID_NUMBER.matcher(text); id.find(); ) {
            found.add(path + ": identity number " + id.group());
        }
        return found;
    }

    /** The answer as text, with any event content it carries decoded, so that base64 hides nothing. */
    private static String readable(Fetched page) {
        StringBuilder text = new StringBuilder(page.body());
        for (Matcher content = CANONICAL.matcher(page.body()); content.find(); ) {
            text.append('\n').append(new String(Base64.getDecoder().decode(content.group(1)), StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
