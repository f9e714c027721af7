package org.waymark.security.domain;

/** One role held by a user; part of the {@link AppUser} aggregate. */
public record UserRole(Role role) {
}
