package org.fundtrail.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                        .requestMatchers("/api/public/**").denyAll()
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
                        // evidence follows the record it supports: checked per file by the owning capability
                        .requestMatchers("/api/evidence/**", "/api/evidence").authenticated()
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

    /**
     * The staff workspace: signed in with a form, a session that times out ({@code server.servlet.session.timeout}),
     * CSRF tokens on every form. Which records a user may see is checked per request by {@link Access}, exactly as
     * for the API; a role only decides which part of the workspace is worth showing.
     */
    @Bean
    @Order(2)
    SecurityFilterChain workspace(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.securityMatcher("/app/**", "/app", "/login", "/logout")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login").permitAll()
                        .requestMatchers("/app/audit/**").hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/app", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CSP)));
        return http.build();
    }

    /**
     * Everything else is the public site and its static files: read by anyone, written by no one, and never a way
     * into the workspace or the API (those have their own chains above).
     */
    @Bean
    @Order(3)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/", "/public", "/public/**", "/webjars/**", "/css/**", "/js/**",
                                "/img/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/", "/public", "/public/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CSP)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        (request, response, e) -> response.sendError(403)));
        return http.build();
    }

    /** Pages load scripts, styles and fonts from this site only; no inline script can run. */
    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
}
