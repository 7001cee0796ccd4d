package org.fundtrail.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * @param password      the demo users' password ({@code fundtrail.demo.password})
 * @param adminUsername the administrator the demo is recorded as ({@code fundtrail.admin.username})
 * @param adminPassword its password, which the demo profile sets ({@code fundtrail.admin.password})
 */
@ConfigurationProperties("fundtrail")
record DemoProperties(@Name("demo.password") String password, @Name("admin.username") String adminUsername,
                      @Name("admin.password") String adminPassword) {
}
