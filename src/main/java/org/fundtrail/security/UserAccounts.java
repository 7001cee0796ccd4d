package org.fundtrail.security;

import org.fundtrail.organisation.api.CharityId;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Users in PostgreSQL, passwords as BCrypt hashes. */
@Component
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public FundtrailUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    }

    public Optional<FundtrailUser> find(String username) {
        return jdbc.sql("SELECT username, password_hash, role, charity_id, enabled FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new FundtrailUser(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : CharityId.of(rs.getString(4)), rs.getBoolean(5)))
                .optional();
    }

    public List<FundtrailUser> all() {
        return jdbc.sql("SELECT username, password_hash, role, charity_id, enabled FROM app_user ORDER BY username")
                .query((rs, n) -> new FundtrailUser(rs.getString(1), "", Role.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : CharityId.of(rs.getString(4)), rs.getBoolean(5)))
                .list();
    }

    /** @return false if the username is taken */
    public boolean create(String username, String rawPassword, Role role, CharityId charityId) {
        return jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, role, charity_id) VALUES (?, ?, ?, ?)
                        ON CONFLICT (username) DO NOTHING""")
                .params(username, passwords.encode(rawPassword), role.name(), charityId == null ? null : charityId.value())
                .update() == 1;
    }

    public boolean anyAdmin() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE role = 'ADMIN' AND enabled)")
                .query(Boolean.class).single();
    }
}
