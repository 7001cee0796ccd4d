package org.fundtrail.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;
import java.time.Duration;

/**
 * Who may call what. The API is stateless HTTP Basic (no session, so no CSRF exposure); reads need any role, writes
 * need a role that writes, and which fund a charity user may touch is checked per request by {@link Access}.
 * Health, API docs and the public pages need no login.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String[] WRITER_ROLES = {Role.ADMIN.name(), Role.CHARITY_STAFF.name()};
    static final String[] PUBLIC_FUND_ROLES = {Role.ADMIN.name(), Role.FINANCE_OFFICER.name(), Role.APPROVER.name(),
            Role.CONTRACTOR.name()};
    static final String[] ORGANISATION_WRITER_ROLES = {Role.ADMIN.name(), Role.FINANCE_OFFICER.name()};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    VerifiedCredentialsCache verifiedCredentials(UserAccounts users, PasswordEncoder passwords, Clock clock) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwords);
        return new VerifiedCredentialsCache(dao, Duration.ofMinutes(2), clock);
    }

    @Bean
    AuthenticationManager authenticationManager(VerifiedCredentialsCache verifiedCredentials) {
        return new ProviderManager(verifiedCredentials);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/public/**", "/api/public/**").permitAll()
                        .requestMatchers("/public/**", "/api/public/**").denyAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        // audit: read-only, everything, for auditors (and admins)
                        .requestMatchers(HttpMethod.GET, "/api/audit/**").hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers("/api/audit/**").hasRole(Role.ADMIN.name())
                        // the journal holds every account of both streams: for those who keep or check the books
                        .requestMatchers("/api/journal/**").hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name(),
                                Role.FINANCE_OFFICER.name(), Role.APPROVER.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers("/api/organisations/**").hasAnyRole(ORGANISATION_WRITER_ROLES)
                        // who may act on which programme, contract or holder is checked per request by Access
                        .requestMatchers("/api/programmes/**", "/api/contracts/**").hasAnyRole(PUBLIC_FUND_ROLES)
                        .requestMatchers("/api/**").hasAnyRole(WRITER_ROLES)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("fundtrail"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses::unauthorized)
                        .accessDeniedHandler(ProblemResponses::forbidden));
        return http.build();
    }
}
