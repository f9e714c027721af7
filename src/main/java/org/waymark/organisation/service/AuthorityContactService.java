package org.waymark.organisation.service;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.organisation.domain.AuthorityContact;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.security.domain.Role;
import org.waymark.security.service.CurrentUser;

/**
 * Whom parents and schools contact at the authority about SEND decisions and appeals, kept by
 * the authority's administrator and printed in decision letters. A change someone else saved to
 * the authority meanwhile is a conflict.
 */
@Service
public class AuthorityContactService {

    private final LocalAuthorityRepository authorities;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    AuthorityContactService(LocalAuthorityRepository authorities, CurrentUser currentUser, AuditLog auditLog) {
        this.authorities = authorities;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** The administrator's authority's contact as it stands, with the authority's version to change it against. */
    public record ContactForm(AuthorityContact contact, int version) {
    }

    /** Whether the caller keeps the contact (the authority's administrator), so a screen offers the form. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayChange() {
        return currentUser.require().has(Role.LA_ADMIN);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LA_ADMIN')")
    public ContactForm contact() {
        LocalAuthority authority = own();
        return new ContactForm(authority.contact(), Objects.requireNonNullElse(authority.getVersion(), 0));
    }

    /** Checks and keeps the contact as typed (blank means none); answers the authority's new version. */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public int changeContact(int expectedVersion, @Nullable String email, @Nullable String phone,
                             @Nullable String postalAddress) {
        LocalAuthority authority = own();
        if (!Objects.equals(authority.getVersion(), expectedVersion)) {
            throw new ConflictException("authority " + authority.getId() + " changed");
        }
        authority.changeContact(AuthorityContact.of(email, phone, postalAddress));
        LocalAuthority saved;
        try {
            saved = authorities.save(authority);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("authority " + authority.getId() + " changed while saving");
        }
        auditLog.record("CHANGE_CONTACT", "AUTHORITY", authority.getId(), "contact for SEND decisions");
        return Objects.requireNonNullElse(saved.getVersion(), 0);
    }

    private LocalAuthority own() {
        Long laId = currentUser.require().localAuthorityId();
        return authorities.findById(Objects.requireNonNull(laId))
                .orElseThrow(() -> new NotFoundException("authority " + laId));
    }
}
