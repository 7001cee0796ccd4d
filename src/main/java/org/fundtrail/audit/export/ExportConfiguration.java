package org.fundtrail.audit.export;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * A streamed download is an MVC async request; the servlet container's default async timeout (30 s on Tomcat) would
 * cut off a large export mid-file. Fundtrail has no other async requests. {@code spring.mvc.async.request-timeout},
 * if set, is applied by Spring Boot as well and may win.
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration implements WebMvcConfigurer {

    static final Duration EXPORT_TIMEOUT = Duration.ofHours(1);

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        configurer.setDefaultTimeout(EXPORT_TIMEOUT.toMillis());
    }
}
