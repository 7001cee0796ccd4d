package org.fundtrail.transparency;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches the public side as an anonymous visitor would: from the start paths, every same-site link found in a page
 * (href, src, action) or a JSON answer (any string value that is a path) under {@code /public/} or
 * {@code /api/public/}, each once. So a page added later is covered without naming it here. A language switch
 * ({@code ?lang=}) shows the same facts with other labels: it is followed for the start paths and for the first page of
 * each kind ({@code /public/contracts/*}, ...), not for every contract again, which keeps the crawl linear in the data.
 * Links to anywhere else on the site are collected too, for the tests that say where public pages may point.
 */
final class PublicSiteCrawler {

    /** @param from the page whose link led here; null for a start path */
    record Fetched(String path, String from, int status, String contentType, String body) {
    }

    private static final Pattern LINK = Pattern.compile("(?:href|src|action)\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern JSON_PATH = Pattern.compile("\"((?:/api/public/|/public/)[^\"\\s]*)\"");
    private static final int LIMIT = 20_000;
    private static final Pattern LANGUAGE = Pattern.compile("[?&]lang=([^&]*)");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Fetched> fetched = new ArrayList<>();
    /** Every same-site link found in a public answer, whether followed or not. */
    private final Set<String> linksSeen = new LinkedHashSet<>();
    /** The kinds of page already seen in a language other than the default, as "/public/contracts/*|en". */
    private final Set<String> kindsInLanguage = new LinkedHashSet<>();

    PublicSiteCrawler(int port) {
        this.base = URI.create("http://localhost:" + port + "/");
    }

    List<Fetched> crawl(Collection<String> startPaths) {
        Map<String, String> queued = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String path : startPaths) {
            for (String variant : List.of(path, withLanguage(path))) {
                if (!queued.containsKey(variant)) {
                    queued.put(variant, null);
                    queue.add(variant);
                }
            }
        }
        while (!queue.isEmpty()) {
            if (fetched.size() >= LIMIT) {
                throw new IllegalStateException("more than " + LIMIT + " public pages: is a link generating new ones?");
            }
            String path = queue.poll();
            Fetched page = fetch(path, queued.get(path));
            fetched.add(page);
            for (String link : links(path, page)) {
                linksSeen.add(link);
                if (isPublic(link) && !queued.containsKey(link) && firstOfItsKindInItsLanguage(link)) {
                    queued.put(link, path);
                    queue.add(link);
                }
            }
        }
        return fetched;
    }

    /** True for a link without {@code ?lang=}, and for the first of each kind of page in each language. */
    private boolean firstOfItsKindInItsLanguage(String link) {
        Matcher language = LANGUAGE.matcher(link);
        if (!language.find()) {
            return true;
        }
        String path = link.replaceFirst("[?#].*$", "");
        return kindsInLanguage.add(kindOf(path) + "|" + language.group(1));
    }

    /** "/public/contracts/abc" → "/public/contracts/*"; a path of one or two segments is its own kind. */
    static String kindOf(String path) {
        return path.chars().filter(c -> c == '/').count() >= 3 ? path.replaceFirst("/[^/]+$", "/*") : path;
    }

    /** What the last crawl fetched, in order. */
    List<Fetched> fetched() {
        return fetched;
    }

    Set<String> linksSeen() {
        return linksSeen;
    }

    static boolean isPublic(String path) {
        return path.startsWith("/public/") || path.equals("/public") || path.startsWith("/api/public/");
    }

    private static String withLanguage(String path) {
        return path + (path.contains("?") ? "&" : "?") + "lang=en";
    }

    private Fetched fetch(String path, String from) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Fetched(path, from, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Same-site links of a page or JSON answer, as paths with their query (fragments dropped). */
    private List<String> links(String from, Fetched page) {
        List<String> found = new ArrayList<>();
        Matcher html = LINK.matcher(page.body());
        while (html.find()) {
            found.add(html.group(1).replace("&amp;", "&"));
        }
        if (page.contentType().contains("json")) {
            Matcher json = JSON_PATH.matcher(page.body());
            while (json.find()) {
                found.add(json.group(1));
            }
        }
        URI here = base.resolve(from);
        List<String> paths = new ArrayList<>();
        for (String link : found) {
            URI target;
            String reference = link.strip();
            try {
                // a query alone keeps the path (RFC 3986, as browsers do); java.net.URI follows RFC 2396 and drops
                // the last segment
                target = reference.startsWith("?") ? URI.create(base.resolve(here.getRawPath()) + reference)
                        : here.resolve(reference);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (target.getScheme() == null || !target.getScheme().startsWith("http")
                    || !base.getAuthority().equals(target.getRawAuthority())) {
                continue;
            }
            String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            paths.add(path);
        }
        return paths;
    }
}
