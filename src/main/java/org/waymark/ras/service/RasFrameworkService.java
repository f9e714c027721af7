package org.waymark.ras.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.ras.domain.OutcomesStatus;
import org.waymark.ras.domain.OutcomesCsv;
import org.waymark.ras.domain.RasFramework;
import org.waymark.ras.domain.RasFrameworkRepository;
import org.waymark.ras.domain.RasRate;
import org.waymark.ras.domain.RasSettings;
import org.waymark.ras.domain.RasSettingsRepository;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;

/**
 * The authority's RAS configuration: its outcome framework versions (a draft imported from CSV
 * with every problem reported by line, exported as CSV, published — a published version never
 * changes, and publishing retires the one before) and its settings (sign-off limit, weeks, hourly
 * rates). The administrator changes them; the RAS officers read them.
 */
@Service
public class RasFrameworkService {

    static final String SUBJECT = "RAS_FRAMEWORK";
    static final int MAX_RATES = 12;

    private final RasFrameworkRepository frameworks;
    private final RasSettingsRepository settings;
    private final RasAccess access;
    private final AuditLog auditLog;

    RasFrameworkService(RasFrameworkRepository frameworks, RasSettingsRepository settings, RasAccess access,
                        AuditLog auditLog) {
        this.frameworks = frameworks;
        this.settings = settings;
        this.access = access;
        this.auditLog = auditLog;
    }

    private static final Role[] READ = {Role.LA_ADMIN, Role.CASEWORKER, Role.LEAD_SEND_COORDINATOR,
            Role.PERSONALISATION_OFFICER};

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LA_ADMIN','CASEWORKER','LEAD_SEND_COORDINATOR','PERSONALISATION_OFFICER')")
    public List<RasFramework> versions() {
        UserScope user = access.officer("READ_RAS_FRAMEWORK", READ);
        return frameworks.findByLocalAuthorityIdOrderByVersionNoDesc(access.authorityOf(user));
    }

    /** What an import did: the draft it made or replaced, or every problem with its line. */
    public record Imported(List<OutcomesCsv.Problem> problems, long frameworkId) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Reads a file into the draft version (made when there is none); a file with problems changes nothing. */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public Imported importDraft(byte[] file) {
        UserScope user = access.officer("IMPORT_RAS_FRAMEWORK", Role.LA_ADMIN);
        long laId = access.authorityOf(user);
        OutcomesCsv.Result result = OutcomesCsv.read(file);
        if (!result.valid()) {
            auditLog.record("IMPORT_RAS_FRAMEWORK", SUBJECT, null, result.problems().size() + " problems");
            return new Imported(result.problems(), 0);
        }
        List<RasFramework> all = frameworks.findByLocalAuthorityIdOrderByVersionNoDesc(laId);
        RasFramework draft = all.stream().filter(f -> f.getStatus() == OutcomesStatus.DRAFT).findFirst()
                .orElse(null);
        if (draft == null) {
            int next = all.isEmpty() ? 1 : all.getFirst().getVersionNo() + 1;
            draft = RasFramework.draft(laId, next, result.outcomes().orElseThrow(), user.username(), access.now());
        } else {
            draft.replace(result.outcomes().orElseThrow());
        }
        long id = Objects.requireNonNull(save(draft).getId());
        auditLog.record("IMPORT_RAS_FRAMEWORK", SUBJECT, id, "version " + draft.getVersionNo());
        return new Imported(List.of(), id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LA_ADMIN','CASEWORKER','LEAD_SEND_COORDINATOR','PERSONALISATION_OFFICER')")
    public byte[] export(long frameworkId) {
        RasFramework f = own(frameworkId, "EXPORT_RAS_FRAMEWORK", READ);
        return OutcomesCsv.write(f.outcomes()).getBytes(StandardCharsets.UTF_8);
    }

    /** Publishes the draft; the version published before is retired (its cases keep it). */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public void publish(long frameworkId) {
        RasFramework f = own(frameworkId, "PUBLISH_RAS_FRAMEWORK", Role.LA_ADMIN);
        frameworks.findFirstByLocalAuthorityIdAndStatus(f.getLocalAuthorityId(), OutcomesStatus.PUBLISHED)
                .ifPresent(previous -> {
                    previous.retire();
                    save(previous);
                });
        f.publish(access.user().username(), access.now());
        save(f);
        auditLog.record("PUBLISH_RAS_FRAMEWORK", SUBJECT, frameworkId, "version " + f.getVersionNo());
    }

    private RasFramework own(long frameworkId, String action, Role... roles) {
        UserScope user = access.officer(action, roles);
        RasFramework f = frameworks.findById(frameworkId)
                .orElseThrow(() -> new org.waymark.base.domain.NotFoundException("RAS framework " + frameworkId));
        if (!Objects.equals(user.localAuthorityId(), f.getLocalAuthorityId())) {
            auditLog.recordDenied(action, SUBJECT, frameworkId, "another authority's framework");
            throw new AccessDeniedException("RAS framework " + frameworkId);
        }
        return f;
    }

    private RasFramework save(RasFramework f) {
        try {
            return frameworks.save(f);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("RAS framework " + f.getId() + " changed while saving");
        }
    }

    // --- settings ---

    /** The authority's settings (the seed's limit, 39 weeks and no rates until the administrator sets them). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LA_ADMIN','CASEWORKER','LEAD_SEND_COORDINATOR','PERSONALISATION_OFFICER')")
    public RasSettings settings() {
        UserScope user = access.officer("READ_RAS_SETTINGS", READ);
        long laId = access.authorityOf(user);
        return settings.findByLocalAuthorityId(laId)
                .orElseGet(() -> RasSettings.of(laId, RasSettings.SEED_SIGN_OFF_LIMIT, 39, List.of()));
    }

    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public void changeSettings(BigDecimal limit, int weeks, List<RasRate> rates) {
        UserScope user = access.officer("CHANGE_RAS_SETTINGS", Role.LA_ADMIN);
        List<Violation> problems = new ArrayList<>();
        if (limit.signum() <= 0) {
            problems.add(Violation.of("limit", "ras.settings.limit"));
        }
        if (weeks < 1 || weeks > 52) {
            problems.add(Violation.of("weeks", "ras.settings.weeks"));
        }
        if (rates.size() > MAX_RATES || rates.stream().map(RasRate::code).distinct().count() != rates.size()) {
            problems.add(Violation.of("rates", "ras.settings.rates", MAX_RATES));
        }
        for (RasRate r : rates) {
            if (r.hourlyRate().signum() <= 0 || r.name().isBlank() || !r.code().matches("[A-Z0-9_]{1,20}")) {
                problems.add(Violation.of("rates", "ras.settings.rate", r.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long laId = access.authorityOf(user);
        RasSettings s = settings.findByLocalAuthorityId(laId).orElseGet(() -> RasSettings.of(laId, limit, weeks,
                rates));
        s.change(limit, weeks, rates);
        settings.save(s);
        auditLog.record("CHANGE_RAS_SETTINGS", SUBJECT, null, "limit " + limit.toPlainString() + ", " + weeks
                + " weeks, " + rates.size() + " rates");
    }
}
