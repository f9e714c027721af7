package org.waymark.privacy.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * keep the others) and audited; the run's counts are stored portal-wide and per authority, and
 * each authority's administrator reads their own authority's part.
 */
@Service
public class RetentionService {

    static final String SUBJECT = "PUPIL";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);
    private static final int DELETE_BATCH = 500;

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
        record Due(long pupilId, long localAuthorityId) {
        }
        List<Due> due = jdbc.sql("SELECT id, local_authority_id FROM pupil WHERE date_of_birth < :before ORDER BY id")
                .param("before", bornBefore).query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2))).list();
        Tally total = new Tally();
        Map<Long, Tally> byAuthority = new TreeMap<>();
        for (Due pupil : due) {
            long pupilId = pupil.pupilId();
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
                int removedFiles = 0;
                for (String stored : erased.storedFiles()) {
                    removedFiles += deleteFile(stored) ? 1 : 0;
                }
                total.add(erased, removedFiles);
                byAuthority.computeIfAbsent(pupil.localAuthorityId(), la -> new Tally()).add(erased, removedFiles);
            } catch (RuntimeException e) {
                LOG.error("Retention: pupil {} could not be erased; left for the next run", pupilId, e);
                auditLog.recordDenied("ERASE", SUBJECT, pupilId, "retention failed: " + e.getClass().getSimpleName());
            }
        }
        return java.util.Objects.requireNonNull(inTransaction.execute(status -> {
            Timestamp noticeCutoff = Timestamp.from(asOf.minusMonths(noticeMonths).atStartOfDay()
                    .toInstant(ZoneOffset.UTC));
            Timestamp mailCutoff = Timestamp.from(asOf.minusDays(mailDays).atStartOfDay().toInstant(ZoneOffset.UTC));
            // mails first: a mail points at its notice, and every mail of an old notice is older still
            total.mails = deleteByAuthority("outbox_mail", "m", "m.created_at < :cutoff", mailCutoff, byAuthority,
                    (t, n) -> t.mails += n);
            total.notices = deleteByAuthority("notice", "m", "m.created_at < :cutoff AND m.id NOT IN"
                    + " (SELECT notice_id FROM outbox_mail)", noticeCutoff, byAuthority, (t, n) -> t.notices += n);
            RetentionRun run = runs.save(clock.instant(), asOf, actor, lines(total));
            byAuthority.forEach((la, tally) -> runs.saveForAuthority(run.id(), la, lines(tally)));
            auditLog.record("RETENTION_RUN", "RETENTION", run.id(), "as of " + asOf + ": " + total.pupils
                    + " pupils, " + total.linked + " linked rows, " + total.files + " files erased; " + total.ledger
                    + " ledger lines anonymised; " + total.notices + " notices, " + total.mails + " mails erased; "
                    + byAuthority.size() + " authorities");
            return run;
        }));
    }

    /** What a run did, in all or for one authority. */
    private static final class Tally {
        int pupils;
        int linked;
        int ledger;
        int files;
        int notices;
        int mails;

        void add(PupilEraser.Erased erased, int removedFiles) {
            pupils += erased.pupils();
            linked += erased.linkedRows();
            ledger += erased.ledgerLines();
            files += removedFiles;
        }
    }

    private List<RetentionRun.Line> lines(Tally t) {
        List<RetentionRun.Line> lines = new ArrayList<>();
        lines.add(new RetentionRun.Line(RecordKind.PUPIL, RULE_BIRTH + pupilYears, t.pupils, 0));
        lines.add(new RetentionRun.Line(RecordKind.PUPIL_LINKED, RULE_WITH_PUPIL + pupilYears, t.linked, 0));
        lines.add(new RetentionRun.Line(RecordKind.LEDGER_LINE, RULE_WITH_PUPIL + pupilYears, 0, t.ledger));
        lines.add(new RetentionRun.Line(RecordKind.FILE, RULE_WITH_PUPIL + pupilYears, t.files, 0));
        lines.add(new RetentionRun.Line(RecordKind.NOTICE, RULE_CREATED_MONTHS + noticeMonths, t.notices, 0));
        lines.add(new RetentionRun.Line(RecordKind.OUTBOX_MAIL, RULE_CREATED_DAYS + mailDays, t.mails, 0));
        return lines;
    }

    /**
     * Deletes the rows of {@code table} (notices, mails) that {@code due} selects and counts them per
     * authority of their recipient's account: the account's authority, else its school's, else (a
     * parent) their first linked child's. A row whose recipient has no account counts in the total only.
     */
    private int deleteByAuthority(String table, String alias, String due, Timestamp cutoff, Map<Long, Tally> byAuthority,
                                  java.util.function.ObjIntConsumer<Tally> count) {
        record Row(long id, @org.jspecify.annotations.Nullable Long authority) {
        }
        List<Row> rows = jdbc.sql("SELECT " + alias + ".id, COALESCE(u.local_authority_id, s.local_authority_id,"
                        + " (SELECT MIN(p.local_authority_id) FROM linked_child lc JOIN pupil p ON p.id = lc.pupil_id"
                        + " WHERE lc.app_user_id = u.id)) AS la FROM " + table + " " + alias
                        + " LEFT JOIN app_user u ON u.username = " + alias + ".recipient"
                        + " LEFT JOIN school s ON s.id = u.school_id WHERE " + due)
                .param("cutoff", cutoff)
                .query((rs, n) -> {
                    long la = rs.getLong(2);
                    return new Row(rs.getLong(1), rs.wasNull() ? null : la);
                }).list();
        int deleted = 0;
        for (int from = 0; from < rows.size(); from += DELETE_BATCH) {
            List<Row> batch = rows.subList(from, Math.min(rows.size(), from + DELETE_BATCH));
            deleted += jdbc.sql("DELETE FROM " + table + " WHERE id IN (:ids)")
                    .param("ids", batch.stream().map(Row::id).toList()).update();
            for (Row row : batch) {
                if (row.authority() != null) {
                    count.accept(byAuthority.computeIfAbsent(row.authority(), la -> new Tally()), 1);
                }
            }
        }
        return deleted;
    }

    private boolean deleteFile(String stored) {
        try {
            return files.delete(stored);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            LOG.warn("Retention: stored file {} could not be removed", stored, e);
            return false;
        }
    }

    /**
     * The latest run reports, newest first, for the authority administrator: counts only, and only
     * their own authority's part of each run (its pupils and its accounts' notices and mails; zero
     * where a run erased nothing of theirs). Runs from before the reports were kept per authority
     * (V54) are not shown: their counts were portal-wide.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.LA_ADMIN + "')")
    public List<RetentionRun> latestRuns(int limit) {
        Long la = currentUser.require().localAuthorityId();
        if (la == null) {
            auditLog.recordDenied("READ_RETENTION_RUNS", "LOCAL_AUTHORITY", null, "no authority");
            throw new org.springframework.security.access.AccessDeniedException("an administrator without an authority");
        }
        return runs.latestFor(la, Math.min(limit, 200));
    }

    public int pupilYears() {
        return pupilYears;
    }
}
