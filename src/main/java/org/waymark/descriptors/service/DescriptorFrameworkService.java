package org.waymark.descriptors.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.base.domain.Dates;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.descriptors.domain.DescriptorFramework;
import org.waymark.descriptors.domain.DescriptorFrameworkRepository;
import org.waymark.descriptors.domain.FrameworkCsv;
import org.waymark.descriptors.domain.FrameworkStatus;
import org.waymark.descriptors.domain.ImportProblem;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * Descriptor frameworks of the caller's authority. Administrators see drafts and published
 * frameworks and change drafts (edit, import, publish, copy to next year, export); other staff
 * of the authority read published ones. Every change is audited against the framework.
 */
@Service
public class DescriptorFrameworkService {

    private static final String SUBJECT = "FRAMEWORK";
    private static final String ADMIN = "hasRole('LA_ADMIN')";
    private static final String READERS = "hasAnyRole('LA_ADMIN','SCHOOL_SENCO','HEAD_TEACHER','FAMILY_SENCO',"
            + "'CASEWORKER','LEAD_SEND_COORDINATOR','PERSONALISATION_OFFICER','EDUCATION_SUPPORT_OFFICER',"
            + "'INCLUSION_TEAM','FINANCE_OFFICER','PANEL_MEMBER')";

    private final DescriptorFrameworkRepository frameworks;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    DescriptorFrameworkService(DescriptorFrameworkRepository frameworks, CurrentUser currentUser, AuditLog auditLog,
                               Clock clock) {
        this.frameworks = frameworks;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The outcome of an import: the framework it went into, or every problem (and nothing changed). */
    public record ImportOutcome(@Nullable Long frameworkId, List<ImportProblem> problems) {
        public boolean imported() {
            return frameworkId != null;
        }
    }

    /** A framework written out in the import format. */
    public record Export(String fileName, byte[] bytes) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<DescriptorFramework> list() {
        UserScope user = currentUser.require();
        long laId = authorityOf(user);
        return frameworks.findByLocalAuthorityIdOrderByFinancialYearDescIdDesc(laId).stream()
                .filter(f -> user.has(Role.LA_ADMIN) || f.getStatus() == FrameworkStatus.PUBLISHED).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public DescriptorFramework open(long frameworkId) {
        return requireRead(frameworkId);
    }

    /** Imports a file as a new draft for a financial year. */
    @Transactional
    @PreAuthorize(ADMIN)
    public ImportOutcome importNew(int financialYear, byte[] file) {
        long laId = authorityOf(currentUser.require());
        if (frameworks.findByLocalAuthorityIdOrderByFinancialYearDescIdDesc(laId).stream()
                .anyMatch(f -> f.getFinancialYear() == financialYear && f.getStatus() == FrameworkStatus.DRAFT)) {
            return new ImportOutcome(null, List.of(new ImportProblem(0, "", "framework.import.draftExists",
                    List.of(Dates.financialYearLabel(financialYear)))));
        }
        FrameworkCsv.Result result = FrameworkCsv.read(file);
        if (!result.valid()) {
            auditLog.record("IMPORT_FRAMEWORK_REFUSED", SUBJECT, null, result.problems().size() + " problems");
            return new ImportOutcome(null, result.problems());
        }
        DescriptorFramework saved = frameworks.save(DescriptorFramework.draft(laId, financialYear,
                result.content().orElseThrow(), currentUser.require().username(), clock.instant()));
        auditLog.record("IMPORT_FRAMEWORK", SUBJECT, saved.getId(), Dates.financialYearLabel(financialYear));
        return new ImportOutcome(saved.getId(), List.of());
    }

    /** Replaces a draft's whole content with a file's, only if the whole file is valid. */
    @Transactional
    @PreAuthorize(ADMIN)
    public ImportOutcome importInto(long frameworkId, int expectedVersion, byte[] file) {
        DescriptorFramework framework = requireDraft(frameworkId, expectedVersion);
        FrameworkCsv.Result result = FrameworkCsv.read(file);
        if (!result.valid()) {
            return new ImportOutcome(null, result.problems());
        }
        framework.replaceContent(result.content().orElseThrow(), currentUser.require().username(), clock.instant());
        save(framework, "IMPORT_FRAMEWORK", "replaced by import");
        return new ImportOutcome(frameworkId, List.of());
    }

    @Transactional
    @PreAuthorize(READERS)
    public Export export(long frameworkId) {
        DescriptorFramework framework = requireRead(frameworkId);
        auditLog.record("EXPORT_FRAMEWORK", SUBJECT, frameworkId, null);
        return new Export("descriptor-framework-" + Dates.financialYearLabel(framework.getFinancialYear())
                + ".csv", FrameworkCsv.write(framework.content()));
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public int editDescriptor(long frameworkId, int expectedVersion, String themeCode, String levelCode, String text) {
        DescriptorFramework framework = requireDraft(frameworkId, expectedVersion);
        if (text.strip().equals(FrameworkCsv.NO_DESCRIPTOR)) {
            // the file format's mark for an empty cell means the same typed here
            return markNoDescriptor(framework, themeCode, levelCode);
        }
        if (text.isBlank() || text.length() > 2000) {
            throw new ValidationException(List.of(Violation.of(themeCode + "/" + levelCode, "framework.descriptor.text")));
        }
        framework.editDescriptor(themeCode, levelCode, text, currentUser.require().username(), clock.instant());
        return save(framework, "EDIT_FRAMEWORK", "descriptor " + themeCode + "/" + levelCode);
    }

    /**
     * Marks a cell "no descriptor at this level": the theme has nothing to say at that column, and
     * schools cannot choose it for the theme. A theme keeps a descriptor at one column at least.
     */
    @Transactional
    @PreAuthorize(ADMIN)
    public int markNoDescriptor(long frameworkId, int expectedVersion, String themeCode, String levelCode) {
        return markNoDescriptor(requireDraft(frameworkId, expectedVersion), themeCode, levelCode);
    }

    private int markNoDescriptor(DescriptorFramework framework, String themeCode, String levelCode) {
        if (framework.descriptor(themeCode, levelCode).isEmpty()) {
            throw new ValidationException(List.of(Violation.of(themeCode + "/" + levelCode,
                    "framework.descriptor.unknownCell")));
        }
        if (framework.onlyDescriptorOf(themeCode, levelCode)) {
            throw new ValidationException(List.of(Violation.of(themeCode + "/" + levelCode,
                    "framework.descriptor.lastOne")));
        }
        framework.markNoDescriptor(themeCode, levelCode, currentUser.require().username(), clock.instant());
        return save(framework, "EDIT_FRAMEWORK", "no descriptor " + themeCode + "/" + levelCode);
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public int editLevel(long frameworkId, int expectedVersion, String code, BigDecimal min, BigDecimal max) {
        DescriptorFramework framework = requireDraft(frameworkId, expectedVersion);
        if (min.signum() < 0 || min.compareTo(max) > 0 || max.compareTo(new BigDecimal("1000000")) > 0) {
            throw new ValidationException(List.of(Violation.of(code, "framework.level.band")));
        }
        framework.editLevel(code, min, max, currentUser.require().username(), clock.instant());
        return save(framework, "EDIT_FRAMEWORK", "level " + code + " " + min + "-" + max);
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public int changeThreshold(long frameworkId, int expectedVersion, BigDecimal threshold) {
        DescriptorFramework framework = requireDraft(frameworkId, expectedVersion);
        if (threshold.signum() < 0 || threshold.compareTo(new BigDecimal("100000")) > 0) {
            throw new ValidationException(List.of(Violation.of("threshold", "framework.threshold")));
        }
        framework.changeThreshold(threshold, currentUser.require().username(), clock.instant());
        return save(framework, "EDIT_FRAMEWORK", "threshold " + threshold);
    }

    /** Publishes a draft: from now on bids are made against it, and it never changes. */
    @Transactional
    @PreAuthorize(ADMIN)
    public void publish(long frameworkId, int expectedVersion) {
        DescriptorFramework framework = requireDraft(frameworkId, expectedVersion);
        // the same checks as an import: a framework is published only when it would import cleanly
        List<ImportProblem> problems = FrameworkCsv.check(framework.content());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.stream()
                    .map(p -> Violation.of(p.column(), p.messageKey(), p.arguments().toArray())).toList());
        }
        framework.publish(currentUser.require().username(), clock.instant());
        save(framework, "PUBLISH_FRAMEWORK", Dates.financialYearLabel(framework.getFinancialYear()));
    }

    /** Starts next year's draft from this framework. */
    @Transactional
    @PreAuthorize(ADMIN)
    public long copyToNextYear(long frameworkId) {
        DescriptorFramework framework = requireRead(frameworkId);
        int next = framework.getFinancialYear() + 1;
        if (frameworks.findByLocalAuthorityIdOrderByFinancialYearDescIdDesc(framework.getLocalAuthorityId()).stream()
                .anyMatch(f -> f.getFinancialYear() == next && f.getStatus() == FrameworkStatus.DRAFT)) {
            throw new ValidationException(List.of(Violation.of("year", "framework.import.draftExists",
                    Dates.financialYearLabel(next))));
        }
        DescriptorFramework copy = frameworks.save(framework.copyForNextYear(currentUser.require().username(),
                clock.instant()));
        auditLog.record("COPY_FRAMEWORK", SUBJECT, copy.getId(), "from " + frameworkId);
        return Objects.requireNonNull(copy.getId());
    }

    /**
     * The framework an authority has published for the financial year of a date (the newest, if
     * several were). For bids, whose service has checked the caller's scope on the pupil.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<DescriptorFramework> publishedFor(long localAuthorityId, LocalDate date) {
        return frameworks.findFirstByLocalAuthorityIdAndFinancialYearAndStatusOrderByIdDesc(localAuthorityId,
                Dates.financialYearOf(date), FrameworkStatus.PUBLISHED);
    }

    /** A framework by id, for a bid made against it (the bid service has checked the caller's scope). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public DescriptorFramework forBid(long frameworkId) {
        return load(frameworkId);
    }

    private long authorityOf(UserScope user) {
        if (user.localAuthorityId() == null) {
            throw new AccessDeniedException("no authority");
        }
        return user.localAuthorityId();
    }

    private DescriptorFramework load(long frameworkId) {
        return frameworks.findById(frameworkId).orElseThrow(() -> new NotFoundException("framework " + frameworkId));
    }

    private DescriptorFramework requireRead(long frameworkId) {
        DescriptorFramework framework = load(frameworkId);
        UserScope user = currentUser.require();
        boolean sameAuthority = Objects.equals(user.localAuthorityId(), framework.getLocalAuthorityId());
        if (!sameAuthority || (!user.has(Role.LA_ADMIN) && framework.getStatus() != FrameworkStatus.PUBLISHED)) {
            auditLog.recordDenied("READ_FRAMEWORK", SUBJECT, frameworkId, null);
            throw new AccessDeniedException("framework " + frameworkId);
        }
        return framework;
    }

    private DescriptorFramework requireDraft(long frameworkId, int expectedVersion) {
        DescriptorFramework framework = requireRead(frameworkId);
        if (framework.getStatus() != FrameworkStatus.DRAFT) {
            throw new ConflictException("framework " + frameworkId + " is published");
        }
        if (!Objects.equals(framework.getVersion(), expectedVersion)) {
            throw new ConflictException("framework " + frameworkId + " changed");
        }
        return framework;
    }

    private int save(DescriptorFramework framework, String action, String detail) {
        try {
            DescriptorFramework saved = frameworks.save(framework);
            auditLog.record(action, SUBJECT, framework.getId(), detail);
            return Objects.requireNonNull(saved.getVersion());
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("framework " + framework.getId() + " changed while saving");
        }
    }
}
