package org.waymark.imports.service;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.MoveRules;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Nation;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.imports.domain.CtfReader;
import org.waymark.imports.domain.CtfWriter;
import org.waymark.imports.domain.ImportLine;
import org.waymark.imports.domain.ImportPreview;
import org.waymark.imports.domain.ImportedFields;
import org.waymark.imports.domain.ImportedPupil;
import org.waymark.imports.domain.PupilImport;
import org.waymark.imports.domain.PupilImportJournal;
import org.waymark.imports.domain.PupilImportRepository;
import org.waymark.imports.domain.Problem;
import org.waymark.imports.domain.PupilCsvReader;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRoll.HeldPupil;
import org.waymark.pupils.service.PupilBulkService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * Imports pupils from a school's CTF or a CSV (issue 22): {@link #preview} reads the file once,
 * streaming, and compares it with the authority's register — each record is added, updated
 * (matched by UPN or candidate number, then former UPN, then names and date of birth) or refused
 * with its reason and element; pupils held at the school but missing from its file are offered as
 * leavers, pupils held at another school of the authority as moves. {@link #apply} does it all in
 * one transaction through the pupils feature, or nothing. A school's SENCO imports their own
 * school's pupils; an education support officer or caseworker any school of the authority, and
 * only they record leavers and moves (the moves feature's rule, its one-month funding run-on
 * included). Preview and apply are audited. Each apply also writes its journal (V62, DD020: the
 * pupils it added, the fields it changed with their old values), in batches inside its transaction,
 * for {@link ImportUndoService} to undo it.
 */
@Service
public class PupilImportService {

    static final String SUBJECT = "PUPIL_IMPORT";

    /** Additions written per batch by {@link #apply}: bounds the heap the apply needs, whatever the file's size. */
    static final int APPLY_BATCH = 1000;

    private final PupilBulkService bulk;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final PupilImportRepository importsDone;
    private final PupilImportJournal journal;

    @SuppressWarnings("java:S107")
    PupilImportService(PupilBulkService bulk, PupilService pupils, OrganisationService organisation,
                       CurrentUser currentUser, AuditLog auditLog, Clock clock, PupilImportRepository importsDone,
                       PupilImportJournal journal) {
        this.importsDone = importsDone;
        this.journal = journal;
        this.bulk = bulk;
        this.pupils = pupils;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What applying the file would do. Changes nothing but the audit trail. */
    @Transactional
    @PreAuthorize(PupilBulkService.IMPORTERS)
    public ImportPreview preview(ImportPreview.Format format, String fileName, InputStream in) {
        UserScope user = currentUser.require();
        Long laId = user.localAuthorityId();
        if (laId == null) {
            throw new AccessDeniedException("no authority");
        }
        boolean officer = mayRecordMoves(user);
        Map<String, School> byReference = new HashMap<>();
        for (School s : organisation.schoolsOfOwnAuthority()) {
            byReference.put(s.referenceNumber().strip().toUpperCase(Locale.ROOT), s);
        }
        List<ImportedPupil> records = new ArrayList<>();
        AtomicReference<CtfReader.@Nullable Header> header = new AtomicReference<>();
        List<Problem> fileProblems = new ArrayList<>();
        @Nullable School target = null;
        if (format == ImportPreview.Format.CTF) {
            CtfReader.Result read = CtfReader.read(in, header::set, records::add);
            fileProblems.addAll(read.fileProblems());
            CtfReader.Header h = header.get();
            if (fileProblems.isEmpty() && h != null) {
                target = schoolOf(h, byReference);
                if (target == null) {
                    fileProblems.add(Problem.of(0, "<SourceSchool>", "imports.ctf.unknownSchool",
                            h.sourceLea() + h.sourceEstab()));
                } else if (!officer && !Objects.equals(user.schoolId(), target.id())) {
                    auditLog.recordDenied("IMPORT_PREVIEW", SUBJECT, null, "school " + target.id());
                    throw new AccessDeniedException("school " + target.id());
                }
            }
        } else {
            fileProblems.addAll(PupilCsvReader.read(in, records::add).fileProblems());
        }
        Nation nation = bulk.nationOf(laId);
        if (!fileProblems.isEmpty()) {
            auditLog.record("IMPORT_PREVIEW", SUBJECT, null, format + " " + fileName + ": file refused");
            return new ImportPreview(format, fileName, laId, List.of(), List.of(), 0, fileProblems, officer,
                    user.username(), clock.instant(), Optional.ofNullable(header.get()));
        }
        Comparison c = new Comparison(format, nation, officer, user, bulk.registerForImport(laId));
        Set<String> numbers = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (ImportedPupil p : records) {
            String n = number(p);
            if (n != null) {
                numbers.add(n);
                counts.merge(n, 1, Integer::sum);
            }
        }
        Set<String> elsewhere = bulk.numbersHeldElsewhere(laId, numbers);
        Set<Long> schoolsInFile = new LinkedHashSet<>();
        if (target != null) {
            // a CTF is the whole roll of its header's school: one with no pupil records still names it,
            // and every pupil held there is then a leaver (the preview of an empty file named no school)
            schoolsInFile.add(Objects.requireNonNull(target.id()));
        }
        for (ImportedPupil p : records) {
            School school = target;
            if (format == ImportPreview.Format.CSV && p.schoolReference() != null) {
                school = byReference.get(p.schoolReference().strip().toUpperCase(Locale.ROOT));
            }
            c.claim(p);
            if (!p.readable()) {
                p.problems().forEach(problem -> c.lines.add(ImportLine.refused(p, problem)));
                continue;
            }
            if (school == null) {
                c.lines.add(ImportLine.refused(p, PupilCsvReader.SCHOOL, "imports.csv.unknownSchool",
                        Objects.requireNonNull(p.schoolReference())));
                continue;
            }
            if (!officer && !Objects.equals(user.schoolId(), school.id())) {
                c.lines.add(ImportLine.refused(p, PupilCsvReader.SCHOOL, "imports.csv.otherSchool", school.name()));
                continue;
            }
            schoolsInFile.add(Objects.requireNonNull(school.id()));
            String n = number(p);
            if (n != null && counts.getOrDefault(n, 0) > 1) {
                c.lines.add(ImportLine.refused(p, numberElement(p), "imports.duplicateNumber", n));
                continue;
            }
            c.compare(p, school, n != null && elsewhere.contains(n), header.get());
        }
        LocalDate fileDay = format == ImportPreview.Format.CTF && header.get() != null ? header.get().fileDate() : null;
        c.leavers(schoolsInFile, fileDay);
        ImportPreview preview = new ImportPreview(format, fileName, laId,
                schoolsInFile.stream().map(id -> c.schoolName(id, byReference)).toList(), c.lines, c.unchanged,
                List.of(), officer, user.username(), clock.instant(), Optional.ofNullable(header.get()));
        auditLog.record("IMPORT_PREVIEW", SUBJECT, null, format + " " + fileName + ": " + summary(preview));
        return preview;
    }

    /** What was done. */
    public record Applied(int added, int updated, int leavers, int moves) {
    }

    /**
     * Applies a preview the caller made: additions and updates, and — when {@code recordMoves} and
     * the caller is an authority officer — the leavers and moves. One transaction: a record that
     * has changed since the preview (conflict) or breaks a rule now refuses the lot.
     */
    @Transactional
    @PreAuthorize(PupilBulkService.IMPORTERS)
    public Applied apply(ImportPreview preview, boolean recordMoves) {
        return apply(preview, recordMoves, clock.instant());
    }

    /**
     * {@link #apply} for the demo data only: the import's journal says it was applied at
     * {@code appliedAt} (an import of last month, past its undo period). Everything else as {@link #apply}.
     */
    @Transactional
    @PreAuthorize(PupilBulkService.IMPORTERS)
    public Applied applyForDemo(ImportPreview preview, java.time.Instant appliedAt) {
        return apply(preview, false, appliedAt.isAfter(clock.instant()) ? clock.instant() : appliedAt);
    }

    private Applied apply(ImportPreview preview, boolean recordMoves, java.time.Instant appliedAt) {
        UserScope user = currentUser.require();
        if (!preview.madeBy().equals(user.username())
                || !Objects.equals(user.localAuthorityId(), preview.localAuthorityId())) {
            auditLog.recordDenied("IMPORT_APPLY", SUBJECT, null, preview.fileName());
            throw new AccessDeniedException("not the caller's preview");
        }
        if (!preview.fileProblems().isEmpty()) {
            throw new ValidationException(List.of(Violation.of("file", "imports.apply.fileRefused")));
        }
        boolean moves = recordMoves && mayRecordMoves(user);
        LocalDate today = LocalDate.now(clock);
        // the journal (V62, DD020): what this apply adds and changes, so that it can be undone
        PupilImport done = importsDone.save(PupilImport.applying(preview.localAuthorityId(),
                mayRecordMoves(user) ? null : user.schoolId(), preview.format(), preview.fileName(), user.username(),
                appliedAt));
        long importId = Objects.requireNonNull(done.getId());
        List<PupilImportJournal.Updated> changes = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int leavers = 0;
        int moved = 0;
        // the additions of each school in one batch (a school's whole file: tens of thousands of pupils)
        Map<Long, List<ImportLine>> additions = new java.util.LinkedHashMap<>();
        for (ImportLine line : preview.lines(ImportLine.Kind.ADDED)) {
            additions.computeIfAbsent(Objects.requireNonNull(line.schoolId()), k -> new ArrayList<>()).add(line);
        }
        for (Map.Entry<Long, List<ImportLine>> school : additions.entrySet()) {
            // in slices, so that what is held while writing (the aggregates, their audit rows) does not grow
            // with the file; still one transaction
            List<ImportLine> all = school.getValue();
            for (int from = 0; from < all.size(); from += APPLY_BATCH) {
                List<ImportLine> slice = all.subList(from, Math.min(all.size(), from + APPLY_BATCH));
                List<PupilBulkService.NewPupil> batch = new ArrayList<>(slice.size());
                for (ImportLine line : slice) {
                    ImportedPupil p = Objects.requireNonNull(line.pupil());
                    batch.add(new PupilBulkService.NewPupil(details(p, new PupilDetails(), preview.format()),
                            p.entryDate() == null ? today : p.entryDate()));
                }
                try {
                    List<Long> ids = bulk.importNewAll(school.getKey(), batch);
                    journal.added(importId, ids);
                    added += ids.size();
                } catch (PupilBulkService.PupilRefused e) {
                    ImportLine line = slice.get(e.index());
                    throw new ValidationException(List.of(Violation.of("file", "imports.apply.lineRefused", line.line(),
                            line.name(), e.violations().getFirst().messageKey())));
                }
            }
        }
        for (ImportLine line : preview.lines()) {
            try {
                switch (line.kind()) {
                    case ADDED -> { } // above
                    case UPDATED -> {
                        ImportedPupil p = Objects.requireNonNull(line.pupil());
                        long pupilId = Objects.requireNonNull(line.pupilId());
                        PupilBulkService.Updated u = bulk.importUpdate(pupilId, Objects.requireNonNull(line.version()),
                                d -> details(p, d, preview.format()));
                        List<PupilImportJournal.FieldChange> fields = new ArrayList<>();
                        ImportedFields.changed(u.before(), u.after()).forEach((field, values) ->
                                fields.add(new PupilImportJournal.FieldChange(field, values[0], values[1])));
                        if (!fields.isEmpty()) {
                            changes.add(new PupilImportJournal.Updated(pupilId, fields));
                        }
                        if (changes.size() >= APPLY_BATCH) {
                            journal.updated(importId, changes);
                            changes.clear();
                        }
                        updated++;
                    }
                    case LEAVER -> {
                        if (moves) {
                            pupils.recordMove(Objects.requireNonNull(line.pupilId()), Objects.requireNonNull(line.version()),
                                    null, Objects.requireNonNull(line.on()), today, EnrolmentEndReason.LEFT);
                            leavers++;
                        }
                    }
                    case MOVE -> {
                        if (moves) {
                            pupils.recordMove(Objects.requireNonNull(line.pupilId()), Objects.requireNonNull(line.version()),
                                    line.schoolId(), Objects.requireNonNull(line.on()), today, EnrolmentEndReason.MOVED_SCHOOL);
                            moved++;
                        }
                    }
                    case REFUSED -> { }
                }
            } catch (ValidationException e) {
                // name the line whose record no longer passes, with the rule it broke
                Violation first = e.violations().getFirst();
                throw new ValidationException(List.of(Violation.of("file", "imports.apply.lineRefused", line.line(),
                        line.name(), first.messageKey())));
            }
        }
        journal.updated(importId, changes);
        done.done(added, updated, leavers, moved);
        importsDone.save(done);
        Applied applied = new Applied(added, updated, leavers, moved);
        auditLog.record("IMPORT_APPLY", SUBJECT, importId, preview.format() + " " + preview.fileName() + ": " + added
                + " added, " + updated + " updated, " + leavers + " leavers, " + moved + " moves");
        return applied;
    }

    /** A sample file for the caller's school (or the authority's first school). */
    public record Sample(String fileName, ImportPreview.Format format, byte[] content) {
    }

    /**
     * A small file to try the import with, in the format of the caller's nation, for their school
     * (an officer: the authority's first school): three new pupils, one with a wrong UPN check
     * letter and one whose only need names no area, so the preview shows additions and refusals —
     * and, as the school's own pupils are not in it, leavers. Invented names; dates from the clock.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PupilBulkService.IMPORTERS)
    public Sample sampleFile() {
        UserScope user = currentUser.require();
        List<School> schools = organisation.schoolsOfOwnAuthority();
        School school = schools.stream().filter(s -> Objects.equals(s.id(), user.schoolId())).findFirst()
                .orElseGet(() -> schools.stream().min(java.util.Comparator.comparing(School::referenceNumber))
                        .orElseThrow(() -> new AccessDeniedException("no school")));
        LocalDate today = LocalDate.now(clock);
        Nation nation = organisation.nation(school.localAuthorityId());
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        long seed = Objects.requireNonNull(school.id());
        String[][] names = {{"Ffion", "Ashdown"}, {"Kwame", "Bellweather"}, {"Isla", "Carradine"},
                {"Tomasz", "Dunmore"}, {"Amara", "Eskdale"}};
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (nation == Nation.SCOTLAND) {
            StringBuilder csv = new StringBuilder(String.join(",", PupilCsvReader.REQUIRED)).append('\n');
            String[] stages = {"P3", "P5", "S1", "P2", "P6"};
            String[] reasons = {"Dyslexia", "Autistic spectrum disorder", "Hearing impairment; Young carer",
                    "Young carer", "Mental health problem"};
            for (int i = 0; i < names.length; i++) {
                org.waymark.pupils.domain.YearGroup stage = org.waymark.pupils.domain.YearGroup.valueOf(stages[i]);
                String scn = i == 3 ? "12345" : String.format("%09d", 900_000_000L + seed * 10 + i);
                csv.append(scn).append(',').append(names[i][0]).append(',').append(names[i][1]).append(',')
                        .append(yearStart.minusYears(stage.typicalAge()).minusDays(30L + 40 * i)).append(',')
                        .append(stage).append(',').append(school.referenceNumber()).append(",\"")
                        .append(reasons[i]).append("\"\n");
            }
            return new Sample("sample-pupils-" + school.referenceNumber() + ".csv", ImportPreview.Format.CSV,
                    csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        CtfReader.Header header = new CtfReader.Header("24.0", "", school.referenceNumber(), school.name(), "",
                "", today);
        String[] years = {"3", "5", "R", "4", "2"};
        List<List<String>> needs = List.of(List.of("SPLD", "SLCN"), List.of("ASD"), List.of("HI"), List.of("SEMH"),
                List.of("OTH"));
        try (CtfWriter writer = new CtfWriter(out, header)) {
            for (int i = 0; i < names.length; i++) {
                org.waymark.pupils.domain.YearGroup year = CtfReader.yearGroupOf(years[i]);
                String digits = String.format("999%09d", seed * 10 + i);
                String upn = org.waymark.pupils.domain.UniquePupilNumber.checkLetter(digits) + digits;
                if (i == 3) {
                    // a wrong check letter, as a mistyped number would have
                    upn = (upn.charAt(0) == 'A' ? 'B' : 'A') + digits;
                }
                writer.write(new CtfWriter.Entry(upn, names[i][0], names[i][1],
                        yearStart.minusYears(Objects.requireNonNull(year).typicalAge()).minusDays(30L + 40 * i),
                        i % 2 == 0 ? "F" : "M", years[i], needs.get(i), false, null,
                        nation == Nation.WALES && i == 0, today.minusDays(7)));
            }
        }
        return new Sample("sample-ctf-" + school.referenceNumber() + ".xml", ImportPreview.Format.CTF, out.toByteArray());
    }

    /** Whether the caller records leavers and moves (the moves feature's officers). */
    @PreAuthorize(PupilBulkService.IMPORTERS)
    public boolean mayRecordMoves() {
        return mayRecordMoves(currentUser.require());
    }

    private static boolean mayRecordMoves(UserScope user) {
        return user.has(Role.EDUCATION_SUPPORT_OFFICER) || user.has(Role.CASEWORKER);
    }

    private static @Nullable School schoolOf(CtfReader.Header h, Map<String, School> byReference) {
        String estab = h.sourceEstab().strip().toUpperCase(Locale.ROOT);
        School s = byReference.get((h.sourceLea().strip() + estab).toUpperCase(Locale.ROOT));
        return s != null ? s : byReference.get(estab);
    }

    private static @Nullable String number(ImportedPupil p) {
        return p.upn() != null ? p.upn() : p.candidateNumber();
    }

    private static String numberElement(ImportedPupil p) {
        return p.upn() != null ? (p.where().equals("row") ? PupilCsvReader.UPN : "<UPN>") : PupilCsvReader.SCN;
    }

    private static String summary(ImportPreview p) {
        return p.count(ImportLine.Kind.ADDED) + " to add, " + p.count(ImportLine.Kind.UPDATED) + " to update, "
                + p.count(ImportLine.Kind.REFUSED) + " refused, " + p.count(ImportLine.Kind.LEAVER) + " leavers, "
                + p.count(ImportLine.Kind.MOVE) + " moves, " + p.unchanged() + " unchanged";
    }

    /** The file's record laid over {@code d}: what the file says replaces what is held; the rest stays. */
    static PupilDetails details(ImportedPupil p, PupilDetails d, ImportPreview.Format format) {
        d.setFirstName(p.firstName());
        d.setLastName(p.lastName());
        if (p.preferredName() != null) {
            d.setPreferredName(p.preferredName());
        }
        d.setDateOfBirth(p.dateOfBirth());
        if (p.upn() != null) {
            d.setUpn(p.upn());
        }
        if (p.candidateNumber() != null) {
            d.setCandidateNumber(p.candidateNumber());
        }
        d.setYearGroup(p.yearGroup());
        if (!p.needs().isEmpty()) {
            d.setAreasOfNeed(EnumSet.copyOf(p.needs()));
            d.setPrimaryNeed(p.needs().getFirst());
        }
        d.setLookedAfter(p.lookedAfter());
        d.setLookedAfterBy(p.careAuthority());
        if (format == ImportPreview.Format.CTF) {
            d.setPreferredLanguage(p.language());
        }
        return d;
    }

    /** The comparison of the file's records with the register, building the preview's lines. */
    private final class Comparison {
        final ImportPreview.Format format;
        final Nation nation;
        final boolean officer;
        final UserScope user;
        final List<HeldPupil> register;
        final Map<String, HeldPupil> byNumber = new HashMap<>();
        final Map<String, List<HeldPupil>> byNameAndBirth = new HashMap<>();
        final Set<Long> matched = new HashSet<>();
        /** Held pupils a record of the file names by number, refused or not: none of them is a leaver. */
        final Set<Long> claimed = new HashSet<>();
        final List<ImportLine> lines = new ArrayList<>();
        final LocalDate today = LocalDate.now(clock);
        int unchanged;

        Comparison(ImportPreview.Format format, Nation nation, boolean officer, UserScope user, List<HeldPupil> register) {
            this.format = format;
            this.nation = nation;
            this.officer = officer;
            this.user = user;
            this.register = register;
            for (HeldPupil h : register) {
                if (h.upn() != null) {
                    byNumber.put(h.upn(), h);
                }
                if (h.candidateNumber() != null) {
                    byNumber.put(h.candidateNumber(), h);
                }
                byNameAndBirth.computeIfAbsent(key(h.firstName(), h.lastName(), h.dateOfBirth()), k -> new ArrayList<>())
                        .add(h);
            }
        }

        void compare(ImportedPupil p, School school, boolean numberElsewhere, CtfReader.@Nullable Header header) {
            long schoolId = Objects.requireNonNull(school.id());
            HeldPupil held = null;
            String number = number(p);
            if (number != null) {
                held = byNumber.get(number);
            }
            if (held == null && p.formerUpn() != null) {
                held = byNumber.get(p.formerUpn());
            }
            if (held == null && number != null && numberElsewhere) {
                lines.add(ImportLine.refused(p, numberElement(p), "imports.numberElsewhere"));
                return;
            }
            if (held == null) {
                List<HeldPupil> same = byNameAndBirth.getOrDefault(
                        key(p.firstName(), p.lastName(), Objects.requireNonNull(p.dateOfBirth())), List.of());
                if (same.size() > 1) {
                    lines.add(ImportLine.refused(p, p.where(), "imports.ambiguous", same.size()));
                    return;
                }
                if (same.size() == 1) {
                    HeldPupil candidate = same.getFirst();
                    // a held pupil with another number is another child, not this one
                    boolean otherNumber = number != null && ((candidate.upn() != null && p.upn() != null)
                            || (candidate.candidateNumber() != null && p.candidateNumber() != null));
                    if (!otherNumber) {
                        held = candidate;
                    }
                }
            }
            PupilDetails details = details(p, new PupilDetails(), format);
            List<Violation> problems = bulk.check(details, nation);
            if (!problems.isEmpty()) {
                for (Violation v : problems) {
                    lines.add(new ImportLine(ImportLine.Kind.REFUSED, p.line(), where(v.field()), p.displayName(),
                            v.messageKey(), v.arguments(), null, null, null, null, null));
                }
                if (held != null) {
                    matched.add(held.id());
                }
                return;
            }
            if (held == null) {
                lines.add(new ImportLine(ImportLine.Kind.ADDED, p.line(), p.where(), p.displayName(), "imports.added",
                        List.of(school.name()), null, null, schoolId, p.entryDate(), p));
                return;
            }
            if (!matched.add(held.id())) {
                lines.add(ImportLine.refused(p, p.where(), "imports.matchedTwice"));
                return;
            }
            if (!held.enrolled()) {
                lines.add(ImportLine.refused(p, p.where(), "imports.heldLeft"));
                return;
            }
            if (held.schoolId() != schoolId) {
                if (!officer) {
                    // a SENCO is told no more than that another school holds the pupil
                    lines.add(ImportLine.refused(p, p.where(), "imports.heldElsewhere"));
                    return;
                }
                LocalDate on = moveDay(p.entryDate(), Objects.requireNonNull(held.currentSince()));
                if (on == null) {
                    lines.add(ImportLine.refused(p, p.where(), "imports.moveTooSoon"));
                    return;
                }
                lines.add(new ImportLine(ImportLine.Kind.MOVE, p.line(), p.where(), held.displayName(), "imports.move",
                        List.of(school.name(), on), held.id(), held.version(), schoolId, on, p));
                return;
            }
            List<String> changed = changes(held, p);
            if (changed.isEmpty()) {
                unchanged++;
                return;
            }
            lines.add(new ImportLine(ImportLine.Kind.UPDATED, p.line(), p.where(), p.displayName(), "imports.updated",
                    List.of(String.join(", ", changed)), held.id(), held.version(), schoolId, null, p));
        }

        void claim(ImportedPupil p) {
            for (String n : new String[] {p.upn(), p.candidateNumber(), p.formerUpn()}) {
                HeldPupil h = n == null ? null : byNumber.get(n);
                if (h != null) {
                    claimed.add(h.id());
                }
            }
        }

        /** The first day at the new school: the file's entry date if it can be, else today; null when neither can. */
        @Nullable LocalDate moveDay(@Nullable LocalDate entry, LocalDate currentSince) {
            if (entry != null && entry.isAfter(currentSince) && !entry.isAfter(today)) {
                return entry;
            }
            return today.isAfter(currentSince) ? today : null;
        }

        void leavers(Set<Long> schools, @Nullable LocalDate fileDay) {
            LocalDate fundedTo = MoveRules.oneMonthAfter(today);
            for (HeldPupil h : register) {
                if (!h.enrolled() || !schools.contains(h.schoolId()) || matched.contains(h.id())
                        || claimed.contains(h.id())) {
                    continue;
                }
                LocalDate since = Objects.requireNonNull(h.currentSince());
                LocalDate on = fileDay != null && fileDay.isAfter(since) && !fileDay.isAfter(today) ? fileDay
                        : today.isAfter(since) ? today : null;
                if (on == null) {
                    continue; // joined today: not a leaver of this file
                }
                lines.add(new ImportLine(ImportLine.Kind.LEAVER, 0, "", h.displayName(),
                        officer ? "imports.leaver" : "imports.leaverTellAuthority", List.of(on, fundedTo), h.id(),
                        h.version(), null, on, null));
            }
        }

        String schoolName(long id, Map<String, School> byReference) {
            return byReference.values().stream().filter(s -> Objects.equals(s.id(), id)).map(School::name).findFirst()
                    .orElse("?");
        }

        /** The i18n keys of what the file changes about a held pupil. */
        List<String> changes(HeldPupil h, ImportedPupil p) {
            List<String> changed = new ArrayList<>();
            if (!h.firstName().equals(p.firstName().strip()) || !h.lastName().equals(p.lastName().strip())
                    || (p.preferredName() != null && !p.preferredName().equals(h.preferredName()))) {
                changed.add("name");
            }
            if (!h.dateOfBirth().equals(p.dateOfBirth())) {
                changed.add("dateOfBirth");
            }
            if ((p.upn() != null && !p.upn().equals(h.upn()))
                    || (p.candidateNumber() != null && !p.candidateNumber().equals(h.candidateNumber()))) {
                changed.add("number");
            }
            if (h.yearGroup() != p.yearGroup()) {
                changed.add("yearGroup");
            }
            if (!p.needs().isEmpty() && (h.primaryNeed() != p.needs().getFirst()
                    || !h.areas().equals(EnumSet.copyOf(p.needs())))) {
                changed.add("needs");
            }
            if (h.lookedAfter() != p.lookedAfter()) {
                changed.add("lookedAfter");
            }
            if (format == ImportPreview.Format.CTF && !h.preferredLanguage().equals(p.language())) {
                changed.add("language");
            }
            return changed;
        }

        private String where(String field) {
            if (format == ImportPreview.Format.CSV) {
                return switch (field) {
                    case "firstName" -> PupilCsvReader.FIRST;
                    case "lastName" -> PupilCsvReader.LAST;
                    case "preferredName" -> PupilCsvReader.PREFERRED;
                    case "dateOfBirth" -> PupilCsvReader.DOB;
                    case "yearGroup" -> PupilCsvReader.STAGE;
                    case "upn" -> PupilCsvReader.UPN;
                    case "candidateNumber" -> PupilCsvReader.SCN;
                    case "areasOfNeed", "primaryNeed" -> PupilCsvReader.REASONS;
                    case "lookedAfterBy" -> PupilCsvReader.LOOKED_AFTER;
                    default -> field;
                };
            }
            return switch (field) {
                case "firstName" -> "<Forename>";
                case "lastName" -> "<Surname>";
                case "preferredName" -> "<PreferredForename>";
                case "dateOfBirth" -> "<DOB>";
                case "yearGroup" -> "<NCyearActual>";
                case "upn" -> "<UPN>";
                case "areasOfNeed", "primaryNeed" -> "<SENneeds>";
                case "lookedAfterBy" -> "<CareAuthority>";
                default -> "<Pupil>";
            };
        }
    }

    private static String key(String first, String last, LocalDate dob) {
        return first.strip().toLowerCase(Locale.ROOT) + "|" + last.strip().toLowerCase(Locale.ROOT) + "|" + dob;
    }

}
