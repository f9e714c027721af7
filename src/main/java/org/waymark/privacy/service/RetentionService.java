package org.waymark.privacy.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.attachments.domain.FileStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.privacy.domain.PupilEraser;
import org.waymark.privacy.domain.RecordKind;
import org.waymark.privacy.domain.RetentionRun;
import org.waymark.privacy.domain.RetentionRuns;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.CurrentUser;

/**
 * The retention rules (issue 20 point 8) and the run that applies them: a pupil's SEN record is
 * kept until their date of birth + {@code waymark.retention.pupil-years} (31, as the schools'
 * records-management toolkit advises), then the pupil and everything hanging off them is erased
 * and the ledger lines that carry money are kept without the child; notices and outbox mails go
 * after their own periods. Each pupil is erased in a transaction of its own (one failure does not
 * keep the others) and audited; the run's counts are stored as a report for the authority
 * administrator.
 */
@Service
public class RetentionService {

    static final String SUBJECT = "PUPIL";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

    /** Rule texts as stored in the report: a key the report view translates, and its number. */
    public static final String RULE_BIRTH = "DATE_OF_BIRTH_PLUS_YEARS:";
    public static final String RULE_WITH_PUPIL = "WITH_PUPIL:";
    public static final String RULE_CREATED_MONTHS = "CREATED_PLUS_MONTHS:";
    public static final String RULE_CREATED_DAYS = "CREATED_PLUS_DAYS:";

    private final JdbcClient jdbc;
    private final PupilEraser eraser;
    private final RetentionRuns runs;
    private final FileStore files;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final TransactionTemplate inTransaction;
    private final Clock clock;
    private final int pupilYears;
    private final int noticeMonths;
    private final int mailDays;

    @SuppressWarnings("java:S107") // the rules' settings
    RetentionService(JdbcClient jdbc, PupilEraser eraser, RetentionRuns runs, FileStore files, AuditLog auditLog,
                     CurrentUser currentUser, PlatformTransactionManager transactions, Clock clock,
                     @Value("${waymark.retention.pupil-years:31}") int pupilYears,
                     @Value("${waymark.retention.notice-months:24}") int noticeMonths,
                     @Value("${waymark.retention.outbox-days:90}") int mailDays) {
        this.jdbc = jdbc;
        this.eraser = eraser;
        this.runs = runs;
        this.files = files;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.inTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.pupilYears = pupilYears;
        this.noticeMonths = noticeMonths;
        this.mailDays = mailDays;
    }

    /** Applies every rule as of today (the clock's). */
    @PreAuthorize("isAuthenticated()")
    public RetentionRun runDue() {
        return run(LocalDate.now(clock));
    }

    /**
     * Applies every rule as of {@code asOf}: what is due by then is erased or anonymised, and the
     * run's report stored and audited. Called by the monthly job (as the portal's system user).
     */
    @PreAuthorize("isAuthenticated()")
    public RetentionRun run(LocalDate asOf) {
        String actor = currentUser.require().username();
        // due once the day after date of birth + N years has come: born before asOf - N years
        LocalDate bornBefore = asOf.minusYears(pupilYears);
        List<Long> due = jdbc.sql("SELECT id FROM pupil WHERE date_of_birth < :before ORDER BY id")
                .param("before", bornBefore).query(Long.class).list();
        int pupils = 0;
        int linked = 0;
        int ledger = 0;
        int removedFiles = 0;
        for (long pupilId : due) {
            try {
                PupilEraser.Erased erased = inTransaction.execute(status -> {
                    PupilEraser.Erased e = eraser.erase(pupilId);
                    auditLog.record("ERASE", SUBJECT, pupilId, "retention: date of birth + " + pupilYears
                            + " years; " + e.linkedRows() + " linked rows erased, " + e.ledgerLines()
                            + " ledger lines anonymised, " + e.storedFiles().size() + " files");
                    return e;
                });
                if (erased == null) {
                    continue;
                }
                pupils += erased.pupils();
                linked += erased.linkedRows();
                ledger += erased.ledgerLines();
                for (String stored : erased.storedFiles()) {
                    removedFiles += deleteFile(stored) ? 1 : 0;
                }
            } catch (RuntimeException e) {
                LOG.error("Retention: pupil {} could not be erased; left for the next run", pupilId, e);
                auditLog.recordDenied("ERASE", SUBJECT, pupilId, "retention failed: " + e.getClass().getSimpleName());
            }
        }
        int finalPupils = pupils;
        int finalLinked = linked;
        int finalLedger = ledger;
        int finalFiles = removedFiles;
        return java.util.Objects.requireNonNull(inTransaction.execute(status -> {
            Timestamp noticeCutoff = Timestamp.from(asOf.minusMonths(noticeMonths).atStartOfDay()
                    .toInstant(ZoneOffset.UTC));
            Timestamp mailCutoff = Timestamp.from(asOf.minusDays(mailDays).atStartOfDay().toInstant(ZoneOffset.UTC));
            // mails first: a mail points at its notice, and every mail of an old notice is older still
            int mails = jdbc.sql("DELETE FROM outbox_mail WHERE created_at < :cutoff").param("cutoff", mailCutoff)
                    .update();
            int notices = jdbc.sql("DELETE FROM notice WHERE created_at < :cutoff AND id NOT IN"
                    + " (SELECT notice_id FROM outbox_mail)").param("cutoff", noticeCutoff).update();
            List<RetentionRun.Line> lines = new ArrayList<>();
            lines.add(new RetentionRun.Line(RecordKind.PUPIL, RULE_BIRTH + pupilYears, finalPupils, 0));
            lines.add(new RetentionRun.Line(RecordKind.PUPIL_LINKED, RULE_WITH_PUPIL + pupilYears, finalLinked, 0));
            lines.add(new RetentionRun.Line(RecordKind.LEDGER_LINE, RULE_WITH_PUPIL + pupilYears, 0, finalLedger));
            lines.add(new RetentionRun.Line(RecordKind.FILE, RULE_WITH_PUPIL + pupilYears, finalFiles, 0));
            lines.add(new RetentionRun.Line(RecordKind.NOTICE, RULE_CREATED_MONTHS + noticeMonths, notices, 0));
            lines.add(new RetentionRun.Line(RecordKind.OUTBOX_MAIL, RULE_CREATED_DAYS + mailDays, mails, 0));
            RetentionRun run = runs.save(clock.instant(), asOf, actor, lines);
            auditLog.record("RETENTION_RUN", "RETENTION", run.id(), "as of " + asOf + ": " + finalPupils
                    + " pupils, " + finalLinked + " linked rows, " + finalFiles + " files erased; " + finalLedger
                    + " ledger lines anonymised; " + notices + " notices, " + mails + " mails erased");
            return run;
        }));
    }

    private boolean deleteFile(String stored) {
        try {
            return files.delete(stored);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            LOG.warn("Retention: stored file {} could not be removed", stored, e);
            return false;
        }
    }

    /** The latest run reports, newest first: counts only, for the authority administrator. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.LA_ADMIN + "')")
    public List<RetentionRun> latestRuns(int limit) {
        return runs.latest(Math.min(limit, 200));
    }

    public int pupilYears() {
        return pupilYears;
    }
}
