package org.fundtrail.security;

import org.fundtrail.organisation.api.CharityId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** A signed-in user: name, role and, for charity staff, the one charity whose funds they work on. */
public record FundtrailUser(String username, String passwordHash, Role role, CharityId charityId, boolean enabled)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The password hash never leaves this object, not even in a log line. */
    @Override
    public String toString() {
        return "FundtrailUser[" + username + ", " + role + (charityId == null ? "" : ", " + charityId.value()) + "]";
    }
}
