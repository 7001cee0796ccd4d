package org.fundtrail.transparency.http;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * How the public pages ({@code /public/**}) and open data ({@code /api/public/**}) meet the crowd: a bulkhead in front,
 * then an ETag over the answer (a repeat with {@code If-None-Match} gets 304 and no body), then {@code Cache-Control}.
 * The donation check ({@code /public/check/**}) answers one donor and is not cached. The pages' queries have their own
 * connection pool and a few seconds' cache ({@code PublicQueries}).
 */
@Configuration(proxyBeanMethods = false)
class PublicHttpConfiguration implements WebMvcConfigurer {

    static final String[] PUBLIC_URLS = {"/public", "/public/*", "/api/public/*"};
    static final String[] PUBLIC_PAGES = {"/public", "/public/*"};

    private final Duration maxAge;

    PublicHttpConfiguration(@Value("${fundtrail.public.max-age:30s}") Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** Before everything else on the public paths: a repeat of a page rendered seconds ago costs next to nothing. */
    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(
            @Value("${fundtrail.public.page-cache-ttl:5s}") Duration refreshAfter,
            @Value("${fundtrail.public.page-cache-keep:60s}") Duration keep) {
        FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(
                new PublicPageCache(refreshAfter, keep, 2_000, 2 * 1024 * 1024, new LoopbackPageRefresh()));
        registration.addUrlPatterns(PUBLIC_PAGES);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 30);
        registration.setName("publicPageCache");
        return registration;
    }

    /** Next, still before Spring Security: a refused reader costs next to nothing. */
    @Bean
    FilterRegistrationBean<PublicBulkhead> publicBulkhead(
            @Value("${fundtrail.public.concurrent-requests:8}") int permits,
            @Value("${fundtrail.public.queue-wait:500ms}") Duration wait) {
        FilterRegistrationBean<PublicBulkhead> registration = new FilterRegistrationBean<>(new PublicBulkhead(permits, wait));
        registration.addUrlPatterns(PUBLIC_URLS);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        registration.setName("publicBulkhead");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(PUBLIC_URLS);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        registration.setName("publicEtags");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PublicCaching(maxAge))
                .addPathPatterns("/public", "/public/**", "/api/public/**")
                .excludePathPatterns("/public/check", "/public/check/**")
                .order(Ordered.LOWEST_PRECEDENCE);
    }
}
