package org.waymark.asn.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.asn.domain.AsnSettings;
import org.waymark.asn.domain.AsnSettingsRepository;
import org.waymark.asn.domain.SettingsInput;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;

/**
 * The authority's settings for ASN assistant hours, kept by its administrator on their home page
 * (beside the authority's contact): the hourly rate of an assistant, the learning-centre staffing
 * ratio, the school week by phase and the officer who takes early-years mid-term requests. Only in
 * an authority that runs the scheme; a change someone else saved meanwhile is a conflict.
 */
@Service
public class AsnSettingsService {

    private static final String ADMIN = "hasRole('LA_ADMIN')";

    private final AsnAccess access;
    private final AsnSettingsRepository settings;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    AsnSettingsService(AsnAccess access, AsnSettingsRepository settings, AccountService accounts, AuditLog auditLog,
                       Clock clock) {
        this.access = access;
        this.settings = settings;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** An Education Support Officer of the authority, by login and by name. */
    public record Officer(String username, String name) {
    }

    /**
     * The settings as they stand (the defaults until first saved), the version to change them
     * against (null before the first save) and the authority's officers to choose from.
     */
    public record SettingsForm(AsnSettings.Values values, @Nullable Integer version, List<Officer> officers) {
    }

    /** Whether the caller keeps the settings: the administrator of an authority that runs ASN hours. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayChange() {
        UserScope user = access.user();
        return user.has(Role.LA_ADMIN) && access.runsHours(user.localAuthorityId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public SettingsForm form() {
        long laId = requireAdmin("READ_ASN_SETTINGS");
        AsnSettings current = access.settingsOf(laId);
        return new SettingsForm(current.values(), current.getVersion(), officers(laId));
    }

    /**
     * Checks and keeps the settings as typed, at the version the form showed (null for the first
     * save). Refused values are said on their fields and nothing is stored.
     *
     * @return the settings' new version
     */
    @Transactional
    @PreAuthorize(ADMIN)
    public int change(@Nullable Integer expectedVersion, AsnSettings.Values values) {
        long laId = requireAdmin("CHANGE_ASN_SETTINGS");
        List<Violation> problems = new java.util.ArrayList<>(SettingsInput.validate(values));
        String officer = values.earlyYearsOfficer();
        if (officer != null && !officer.isBlank()
                && officers(laId).stream().noneMatch(o -> o.username().equals(officer))) {
            problems.add(Violation.of("earlyYearsOfficer", "asn.settings.input.officer"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        AsnSettings current = settings.findByLocalAuthorityId(laId).orElse(null);
        if (!Objects.equals(current == null ? null : current.getVersion(), expectedVersion)) {
            throw new ConflictException("ASN settings of authority " + laId + " changed");
        }
        AsnSettings toSave = current != null ? current : AsnSettings.defaults(laId);
        toSave.change(values, access.user().username(), clock.instant());
        try {
            AsnSettings saved = settings.save(toSave);
            auditLog.record("CHANGE_ASN_SETTINGS", "AUTHORITY", laId, "ASN hours settings");
            return Objects.requireNonNull(saved.getVersion());
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConflictException("ASN settings of authority " + laId + " changed while saving");
        }
    }

    private long requireAdmin(String action) {
        UserScope user = access.user();
        Long laId = user.localAuthorityId();
        if (!user.has(Role.LA_ADMIN) || !access.runsHours(laId)) {
            auditLog.recordDenied(action, "AUTHORITY", laId, null);
            throw new AccessDeniedException("ASN settings");
        }
        return Objects.requireNonNull(laId);
    }

    private List<Officer> officers(long laId) {
        List<String> logins = accounts.holdersInAuthority(Role.EDUCATION_SUPPORT_OFFICER, laId);
        Map<String, String> names = accounts.displayNames(logins);
        return logins.stream().map(u -> new Officer(u, names.getOrDefault(u, u)))
                .sorted(java.util.Comparator.comparing(Officer::name)).toList();
    }
}
