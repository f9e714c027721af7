package org.waymark.imports.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.imports.domain.ImportPreview;
import org.waymark.imports.domain.ImportedFields;
import org.waymark.imports.domain.PupilImport;
import org.waymark.imports.domain.PupilImportJournal;
import org.waymark.imports.domain.PupilImportRepository;
import org.waymark.imports.domain.UndoPreview;
import org.waymark.imports.domain.UndoPreview.UndoLine;
import org.waymark.privacy.domain.PupilReferences;
import org.waymark.pupils.service.PupilBulkService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.CurrentUser;

/**
 * Undoes an applied pupil import (issue 22, DD020) within the undo period
 * ({@code waymark.imports.undo-days}, 7 by default): the pupils it added are removed and the
 * fields it changed put back — except a pupil who has gained later work since (a plan, a bid, a
 * request, a letter, a file… anything pointing at the pupil), or who has moved or left since, who
 * is kept and listed; and a field someone changed again since, which is kept and listed. The
 * leavers and moves an import recorded went through the moves feature and are not undone here.
 * A school's SENCO undoes their school's imports, an authority officer any import of the
 * authority; anyone else is refused and audited. {@link #preview} says what the undo will do;
 * {@link #undo} works it out again, refuses if it changed, and does it in one transaction, once:
 * one audit row per pupil touched and one for the import.
 */
@Service
public class ImportUndoService {

    static final String SUBJECT = PupilImportService.SUBJECT;

    /** The kinds of later work, by the table holding it (anything else is "other records"). */
    private static final Map<String, String> WORK = Map.ofEntries(
            Map.entry("SUPPORT_PLAN", "plans"), Map.entry("EHC_ASSESSMENT", "plans"), Map.entry("RAS_CASE", "plans"),
            Map.entry("ALN_REFERRAL", "plans"), Map.entry("ALN_DECISION", "plans"),
            Map.entry("ALN_DISAGREEMENT", "plans"),
            Map.entry("BID", "funding"), Map.entry("ALLOCATION", "funding"), Map.entry("INTERIM_DECISION", "funding"),
            Map.entry("MAINTAINER_DECISION", "funding"), Map.entry("PANEL_CASE", "funding"),
            Map.entry("MEETING_CASE", "funding"), Map.entry("APPEAL_REQUEST", "funding"),
            Map.entry("ASN_REQUEST", "requests"), Map.entry("ASN_MOVE", "requests"),
            Map.entry("EQUIPMENT_REQUEST", "requests"),
            Map.entry("DECISION_LETTER", "letters"), Map.entry("ATTACHMENT", "files"),
            Map.entry("RESTRICTIVE_INCIDENT", "incidents"));

    /** The journal's own tables: they point at the pupil but are not later work. */
    private static final Set<String> JOURNAL = Set.of("PUPIL_IMPORT_PUPIL", "PUPIL_IMPORT_FIELD");

    private final PupilImportRepository importsDone;
    private final PupilImportJournal journal;
    private final PupilBulkService bulk;
    private final PupilReferences references;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final java.time.Clock clock;
    private final int undoDays;

    @SuppressWarnings("java:S107")
    ImportUndoService(PupilImportRepository importsDone, PupilImportJournal journal, PupilBulkService bulk,
                      PupilReferences references, AccountService accounts, CurrentUser currentUser, AuditLog auditLog,
                      java.time.Clock clock, @Value("${waymark.imports.undo-days:7}") int undoDays) {
        this.importsDone = importsDone;
        this.journal = journal;
        this.bulk = bulk;
        this.references = references;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.undoDays = undoDays;
    }

    /** One applied import as the "Recent imports" list shows it. */
    public record RecentImport(long id, String madeBy, Instant appliedAt, String fileName, ImportPreview.Format format,
                               int added, int updated, int leavers, int moves, Instant undoUntil, boolean undoable,
                               @Nullable Instant undoneAt, @Nullable String undoneBy, int removed, int kept,
                               int restored, int fieldsKept) {
    }

    /**
     * The caller's latest imports (twenty): a SENCO's school's, an officer's whole authority's,
     * newest first, with the people named.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PupilBulkService.IMPORTERS)
    public List<RecentImport> recent() {
        UserScope user = currentUser.require();
        Long laId = user.localAuthorityId();
        if (laId == null) {
            return List.of();
        }
        List<PupilImport> found;
        if (officer(user)) {
            found = importsDone.findTop20ByLocalAuthorityIdOrderByAppliedAtDescIdDesc(laId);
        } else if (user.schoolId() != null) {
            found = importsDone.findTop20ByLocalAuthorityIdAndSchoolIdOrderByAppliedAtDescIdDesc(laId, user.schoolId());
        } else {
            return List.of();
        }
        Set<String> people = new LinkedHashSet<>();
        for (PupilImport i : found) {
            people.add(i.getMadeBy());
            if (i.getUndoneBy() != null) {
                people.add(i.getUndoneBy());
            }
        }
        Map<String, String> names = people.isEmpty() ? Map.of() : accounts.displayNames(people);
        Instant now = clock.instant();
        return found.stream().map(i -> new RecentImport(Objects.requireNonNull(i.getId()),
                names.getOrDefault(i.getMadeBy(), i.getMadeBy()), i.getAppliedAt(), i.getFileName(), i.getFormat(),
                i.getAdded(), i.getUpdated(), i.getLeavers(), i.getMoves(), i.undoUntil(undoDays),
                i.undoable(now, undoDays), i.getUndoneAt(),
                i.getUndoneBy() == null ? null : names.getOrDefault(i.getUndoneBy(), i.getUndoneBy()),
                zero(i.getRemoved()), zero(i.getKept()), zero(i.getRestored()), zero(i.getFieldsKept()))).toList();
    }

    /** How many days an import may be undone after it was applied. */
    @PreAuthorize(PupilBulkService.IMPORTERS)
    public int undoDays() {
        return undoDays;
    }

    /** What undoing the import would do. Changes nothing but the audit trail. */
    @Transactional
    @PreAuthorize(PupilBulkService.IMPORTERS)
    public UndoPreview preview(long importId) {
        PupilImport imp = undoable(importId, "IMPORT_UNDO_PREVIEW");
        Plan plan = plan(imp);
        auditLog.record("IMPORT_UNDO_PREVIEW", SUBJECT, importId, imp.getFileName() + ": " + summary(plan.preview));
        return plan.preview;
    }

    /** What the undo did. */
    public record Undone(int removed, int kept, int restored, int fieldsKept) {
    }

    /**
     * Undoes the import as {@code preview} said: refused past the period or when undone already,
     * and (conflict) when the undo would now do anything else than the preview said.
     */
    @Transactional
    @PreAuthorize(PupilBulkService.IMPORTERS)
    public Undone undo(UndoPreview preview) {
        PupilImport imp = undoable(preview.importId(), "IMPORT_UNDO");
        Plan plan = plan(imp);
        if (!plan.preview.lines().equals(preview.lines())) {
            throw new ConflictException("import " + preview.importId() + " changed since its undo was previewed");
        }
        UserScope user = currentUser.require();
        int removed = (int) plan.preview.count(UndoLine.Kind.REMOVE);
        int kept = (int) plan.preview.count(UndoLine.Kind.KEEP);
        int restored = (int) plan.preview.count(UndoLine.Kind.RESTORE);
        int fieldsKept = plan.preview.lines(UndoLine.Kind.KEEP_FIELDS).stream().mapToInt(l -> l.items().size()).sum();
        imp.undo(user.username(), clock.instant(), removed, kept, restored, fieldsKept);
        try {
            // first, so that a second undo at the same moment waits for this one and is then refused
            importsDone.save(imp);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("import " + preview.importId() + " is being undone already");
        }
        String detail = "undo of import " + preview.importId() + " (" + imp.getFileName() + ")";
        List<Long> remove = plan.preview.lines(UndoLine.Kind.REMOVE).stream().map(UndoLine::pupilId).toList();
        for (int from = 0; from < remove.size(); from += PupilImportJournal.SLICE) {
            List<Long> slice = remove.subList(from, Math.min(remove.size(), from + PupilImportJournal.SLICE));
            journal.forget(preview.importId(), slice);
            bulk.removeImported(slice, detail);
        }
        for (UndoLine line : plan.preview.lines(UndoLine.Kind.RESTORE)) {
            Map<String, String> old = Objects.requireNonNull(plan.restore.get(line.pupilId()));
            try {
                bulk.restoreImported(line.pupilId(), Objects.requireNonNull(plan.versions.get(line.pupilId())),
                        d -> old.forEach((field, value) -> ImportedFields.restore(d, field, value)), detail);
            } catch (ValidationException refused) {
                // an old value that no longer passes the rules (a number another pupil has taken since)
                throw new ValidationException(List.of(Violation.of("import", "imports.undo.pupilRefused", line.name())));
            }
        }
        auditLog.record("IMPORT_UNDO", SUBJECT, preview.importId(), imp.getFileName() + ": " + removed + " removed, "
                + kept + " kept, " + restored + " put back, " + fieldsKept + " fields kept");
        return new Undone(removed, kept, restored, fieldsKept);
    }

    /** The import, if the caller may undo it (refused and audited otherwise) and it may still be undone. */
    private PupilImport undoable(long importId, String action) {
        PupilImport imp = importsDone.findById(importId).orElseThrow(() -> new NotFoundException("import " + importId));
        UserScope user = currentUser.require();
        if (!mayUndo(user, imp)) {
            auditLog.recordDenied(action, SUBJECT, importId, imp.getFileName());
            throw new AccessDeniedException("import " + importId);
        }
        if (imp.undone()) {
            throw new ValidationException(List.of(Violation.of("import", "imports.undo.already")));
        }
        if (!imp.undoable(clock.instant(), undoDays)) {
            throw new ValidationException(List.of(Violation.of("import", "imports.undo.expired", undoDays)));
        }
        return imp;
    }

    private static boolean mayUndo(UserScope user, PupilImport imp) {
        if (!Objects.equals(user.localAuthorityId(), imp.getLocalAuthorityId())) {
            return false;
        }
        if (officer(user)) {
            return true;
        }
        return user.has(Role.SCHOOL_SENCO) && imp.getSchoolId() != null
                && Objects.equals(imp.getSchoolId(), user.schoolId());
    }

    private static boolean officer(UserScope user) {
        return user.has(Role.EDUCATION_SUPPORT_OFFICER) || user.has(Role.CASEWORKER);
    }

    /** The undo worked out: the preview, and what the undo needs that the preview does not show. */
    private record Plan(UndoPreview preview, Map<Long, Map<String, String>> restore, Map<Long, Integer> versions) {
    }

    private Plan plan(PupilImport imp) {
        long importId = Objects.requireNonNull(imp.getId());
        List<UndoLine> lines = new ArrayList<>();
        Map<Long, Map<String, String>> restore = new HashMap<>();
        Map<Long, Integer> versions = new HashMap<>();
        // a pupil erased since has left the journal with their rows (pupil_id): every pupil listed is still held,
        // bar one erased between the two reads below, who is passed over
        List<Long> added = journal.addedPupils(importId);
        for (int from = 0; from < added.size(); from += PupilImportJournal.SLICE) {
            List<Long> slice = added.subList(from, Math.min(added.size(), from + PupilImportJournal.SLICE));
            Map<Long, PupilBulkService.AddedNow> now = new HashMap<>();
            bulk.addedNow(slice).forEach(p -> now.put(p.id(), p));
            Map<Long, Set<String>> work = references.referenced(now.keySet(), JOURNAL);
            for (long id : slice) {
                PupilBulkService.AddedNow p = now.get(id);
                if (p == null) {
                    continue;
                }
                if (!p.mayChange()) {
                    lines.add(new UndoLine(UndoLine.Kind.KEEP, id, p.name(), "imports.undo.keep.elsewhere", List.of()));
                } else if (!p.enrolled() || p.enrolments() > 1) {
                    lines.add(new UndoLine(UndoLine.Kind.KEEP, id, p.name(), "imports.undo.keep.moved", List.of()));
                } else if (work.containsKey(id)) {
                    List<String> kinds = work.get(id).stream().map(t -> WORK.getOrDefault(t, "other")).distinct()
                            .sorted().toList();
                    lines.add(new UndoLine(UndoLine.Kind.KEEP, id, p.name(), "imports.undo.keep.work", kinds));
                } else {
                    lines.add(new UndoLine(UndoLine.Kind.REMOVE, id, p.name(), "imports.undo.remove", List.of()));
                }
            }
        }
        List<Long> updated = journal.updatedPupils(importId);
        for (int from = 0; from < updated.size(); from += PupilImportJournal.SLICE) {
            List<Long> slice = updated.subList(from, Math.min(updated.size(), from + PupilImportJournal.SLICE));
            Map<Long, PupilBulkService.ImportedNow> now = byId(bulk.importedNow(slice));
            Map<Long, List<PupilImportJournal.FieldChange>> changes = journal.changes(importId, slice);
            for (long id : slice) {
                PupilBulkService.ImportedNow p = now.get(id);
                List<PupilImportJournal.FieldChange> fields = changes.getOrDefault(id, List.of());
                if (p == null || fields.isEmpty()) {
                    continue;
                }
                List<String> all = fields.stream().map(PupilImportJournal.FieldChange::field).toList();
                if (!p.mayChange()) {
                    lines.add(new UndoLine(UndoLine.Kind.KEEP_FIELDS, id, p.name(), "imports.undo.keep.elsewhere", all));
                    continue;
                }
                Map<String, String> back = new java.util.LinkedHashMap<>();
                List<String> keep = new ArrayList<>();
                for (PupilImportJournal.FieldChange c : fields) {
                    if (ImportedFields.value(p.details(), c.field()).equals(c.newValue())) {
                        back.put(c.field(), c.oldValue());
                    } else {
                        keep.add(c.field());
                    }
                }
                if (!back.isEmpty()) {
                    lines.add(new UndoLine(UndoLine.Kind.RESTORE, id, p.name(), "imports.undo.restore",
                            ordered(back.keySet())));
                    restore.put(id, back);
                    versions.put(id, p.version());
                }
                if (!keep.isEmpty()) {
                    lines.add(new UndoLine(UndoLine.Kind.KEEP_FIELDS, id, p.name(), "imports.undo.keep.changed",
                            ordered(keep)));
                }
            }
        }
        UndoPreview preview = new UndoPreview(importId, imp.getFileName(), imp.getAppliedAt(), imp.undoUntil(undoDays),
                lines, imp.getLeavers(), imp.getMoves());
        return new Plan(preview, restore, versions);
    }

    private static List<String> ordered(java.util.Collection<String> groups) {
        return ImportedFields.GROUPS.stream().filter(groups::contains).toList();
    }

    private static Map<Long, PupilBulkService.ImportedNow> byId(List<PupilBulkService.ImportedNow> found) {
        Map<Long, PupilBulkService.ImportedNow> map = new HashMap<>();
        found.forEach(p -> map.put(p.id(), p));
        return map;
    }

    private static String summary(UndoPreview p) {
        return p.count(UndoLine.Kind.REMOVE) + " to remove, " + p.count(UndoLine.Kind.KEEP) + " kept, "
                + p.count(UndoLine.Kind.RESTORE) + " to put back, " + p.count(UndoLine.Kind.KEEP_FIELDS)
                + " with fields kept; " + p.leavers() + " leavers and " + p.moves() + " moves not undone";
    }

    private static int zero(@Nullable Integer n) {
        return n == null ? 0 : n;
    }
}
