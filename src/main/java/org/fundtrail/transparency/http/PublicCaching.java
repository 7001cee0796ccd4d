package org.fundtrail.transparency.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import java.time.Duration;

/**
 * HTTP caching of the public pages and open data: a successful answer may be kept by browsers and shared caches for
 * {@code maxAge} (the facts behind it are a few seconds old anyway), and varies with the language cookie. An answer
 * to a language switch ({@code ?lang=}) sets a cookie and is not stored. Set after the handler succeeded, so error
 * pages keep Spring Security's no-store; an answer that chose its own {@code Cache-Control} keeps it.
 */
class PublicCaching implements HandlerInterceptor {

    private final String cacheControl;

    PublicCaching(Duration maxAge) {
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (response.containsHeader(HttpHeaders.CACHE_CONTROL) || response.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        if (request.getParameter("lang") != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
    }
}
