package org.fundtrail.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * On the first start (no admin yet) creates the admin from {@code fundtrail.admin.username} /
 * {@code fundtrail.admin.password} (FUNDTRAIL_ADMIN_USERNAME / FUNDTRAIL_ADMIN_PASSWORD), or with a generated
 * password printed once: it is not stored anywhere but as a BCrypt hash.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts users;
    private final String username;
    private final String password;

    AdminBootstrap(UserAccounts users, @Value("${fundtrail.admin.username:admin}") String username,
                   @Value("${fundtrail.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyAdmin()) {
            return;
        }
        if (!password.isBlank()) {
            users.create(username, password, Role.ADMIN, null);
            log.info("Created admin user '{}' with the configured password", username);
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        users.create(username, generated, Role.ADMIN, null);
        // Printed once, to the console only; set FUNDTRAIL_ADMIN_PASSWORD to choose it instead.
        System.out.println("""

                ==========================================================
                 Fundtrail admin user created: %s
                 password (shown only now):    %s
                ==========================================================
                """.formatted(username, generated));
    }
}
