package org.fundtrail.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Pages speak Chinese unless the reader picks English: {@code ?lang=en} (or {@code zh-CN}) switches and a cookie
 * remembers the choice. The browser's own Accept-Language is not followed, so a page looks the same to everyone
 * who has not chosen.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("fundtrail-lang");
        resolver.setDefaultLocale(CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch()).addPathPatterns("/public/**", "/app/**", "/login");
    }

    /** {@code ?lang=en} or {@code ?lang=zh-CN}; any other value is ignored rather than producing a half-translated page. */
    static final class LanguageSwitch implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter("lang");
            if (lang != null) {
                Locale chosen = lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                        : lang.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : null;
                if (chosen != null) {
                    RequestContextUtils.getLocaleResolver(request).setLocale(request, response, chosen);
                }
            }
            return true;
        }
    }
}
