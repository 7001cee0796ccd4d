package org.fundtrail.audit.integrity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sealer and the root publisher run on Spring's scheduler, started here. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(IntegrityProperties.class)
class IntegrityConfiguration {
}
