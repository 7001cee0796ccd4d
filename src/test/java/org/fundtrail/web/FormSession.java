package org.fundtrail.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A workspace session without a browser: signs in through the login form (with its CSRF token) and keeps the
 * session cookie, for tests that post forms the way a browser would, or deliberately wouldn't.
 */
public final class FormSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;

    private FormSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A session signed in as the user; fails if the form refuses them. */
    public static FormSession signIn(int port, String username, String password) {
        FormSession session = new FormSession(port);
        String token = session.csrfTokenOf("/login");
        HttpResponse<String> answer = session.postForm("/login", Map.of("username", username, "password", password,
                "_csrf", token));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("sign-in as " + username + " refused: " + answer.statusCode() + " " + location);
        }
        return session;
    }

    /** A session that never signed in. */
    public static FormSession anonymous(int port) {
        return new FormSession(port);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts form fields as given: include {@code _csrf} (from {@link #csrfTokenOf}) to post as a browser would. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token of the first form on a page of this session. */
    public String csrfTokenOf(String path) {
        HttpResponse<String> page = get(path);
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + path + " (" + page.statusCode() + ")");
        }
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
