package org.fundtrail.web;

import org.fundtrail.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace's doors: every page and download under {@code /app} needs a signed-in user, every form needs its
 * CSRF token, and signing out ends the session. The pages are found from the application's own mappings, so a page
 * added later is checked without anyone remembering to list it here.
 */
class WorkspaceSecurityTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyWorkspaceAddressSendsAnAnonymousVisitorToSignIn() {
        List<String> paths = workspacePaths(RequestMethod.GET);
        assertThat(paths).contains("/app", "/app/evidence/x");
        FormSession anonymous = FormSession.anonymous(port);
        for (String path : paths) {
            HttpResponse<String> answer = anonymous.get(path);
            assertThat(answer.statusCode()).as("GET %s", path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as("GET %s", path).endsWith("/login");
        }
    }

    @Test
    void anAnonymousFormPostIsRefusedAndRecordsNothing() {
        long events = eventCount();
        FormSession anonymous = FormSession.anonymous(port);
        for (String path : workspacePaths(RequestMethod.POST)) {
            int status = anonymous.postForm(path, Map.of("amount", "100.00")).statusCode();
            assertThat(status).as("POST %s", path).isIn(302, 403);
        }
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aSignedInFormPostWithoutItsCsrfTokenIsRefusedAndRecordsNothing() {
        String charity = registerCharity();
        String staff = createUser("CHARITY_STAFF", charity);
        FormSession session = FormSession.signIn(port, staff, "correct-horse-battery");
        long events = eventCount();

        for (String path : workspacePaths(RequestMethod.POST)) {
            assertThat(session.postForm(path, Map.of("amount", "100.00")).statusCode()).as("POST %s", path).isEqualTo(403);
        }
        assertThat(session.postForm("/logout", Map.of()).statusCode()).as("even signing out needs the token").isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void signingOutEndsTheSession() {
        String staff = createUser("CHARITY_STAFF", registerCharity());
        FormSession session = FormSession.signIn(port, staff, "correct-horse-battery");
        assertThat(session.get("/app").statusCode()).isEqualTo(302);
        assertThat(session.get("/app").headers().firstValue("Location").orElse("")).doesNotEndWith("/login");

        String token = session.csrfTokenOf("/login");
        assertThat(session.postForm("/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(302);

        assertThat(session.get("/app").headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void theWorkspaceIsNeverCachedAndNeverFramed() {
        String staff = createUser("CHARITY_STAFF", registerCharity());
        HttpResponse<String> page = FormSession.signIn(port, staff, "correct-horse-battery").get("/login");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    }

    /** Every /app address the application maps for a method, with its path variables filled in. */
    private List<String> workspacePaths(RequestMethod method) {
        List<String> paths = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(method)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/app") || pattern.startsWith("/app/")) {
                    paths.add(pattern.replaceAll("\\{[^}]*}", "x"));
                }
            }
        }
        return paths;
    }
}
