package org.waymark.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.base.domain.Nation;
import org.waymark.imports.domain.ImportPreview;
import org.waymark.imports.domain.PupilImport;
import org.waymark.imports.domain.PupilImportJournal;
import org.waymark.imports.domain.PupilImportJournal.FieldChange;
import org.waymark.imports.domain.PupilImportRepository;
import org.waymark.organisation.domain.Governance;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.SupportPlan;
import org.waymark.plans.domain.SupportPlanRepository;
import org.waymark.privacy.domain.PupilEraser;
import org.waymark.privacy.domain.PupilRecordGraph;
import org.waymark.privacy.domain.PupilReferences;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.YearGroup;

/**
 * The applied imports' journal (V62, DD020), run unchanged on H2 in MySQL mode and on a real
 * MySQL-compatible server: an import's header round-trips and refuses a stale copy (a second undo);
 * the pupils it added and the fields it changed are written in batches across a slice's edge and
 * read back with their values (Welsh letters, '&' and '=' included); the later work that keeps a
 * pupil is found in the catalogue, the journal itself not counted; erasure takes the journal rows.
 */
@Import({PupilImportJournal.class, PupilReferences.class, PupilRecordGraph.class, PupilEraser.class})
abstract class PupilImportRepositoryContract {

    // whole seconds: MariaDB's driver here keeps whole seconds (see AlnRepositoryContract)
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired LocalAuthorityRepository authorities;
    @Autowired SchoolFamilyRepository families;
    @Autowired SchoolRepository schools;
    @Autowired PupilRepository pupils;
    @Autowired SupportPlanRepository plans;
    @Autowired PupilImportRepository imports;
    @Autowired PupilImportJournal journal;
    @Autowired PupilReferences references;
    @Autowired PupilEraser eraser;
    @Autowired JdbcClient jdbc;

    long laId;
    long schoolId;

    @BeforeEach
    void organisation() {
        laId = authorities.save(LocalAuthority.create("I" + System.nanoTime() % 100000, "Importshire County Council",
                null, Nation.WALES, Set.of(Scheme.DESCRIPTOR_TOP_UP))).getId();
        long familyId = families.save(SchoolFamily.create(laId, "Dyffryn")).id();
        schoolId = schools.save(School.create(laId, familyId, "6601", "Ysgol y Dyffryn", Phase.PRIMARY,
                Governance.MAINTAINED, false, 200, false)).id();
    }

    private long pupil(String name) {
        PupilDetails d = new PupilDetails();
        d.setFirstName(name);
        d.setLastName("Journal");
        d.setDateOfBirth(LocalDate.of(2017, 5, 1));
        d.setYearGroup(YearGroup.Y4);
        d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COGNITION_LEARNING));
        return pupils.save(Pupil.enrol(d, laId, schoolId, LocalDate.of(2025, 9, 1), NOW)).getId();
    }

    @Test
    void an_import_round_trips_lists_newest_first_and_a_stale_copy_cannot_undo_it_again() {
        PupilImport older = imports.save(PupilImport.applying(laId, schoolId, ImportPreview.Format.CTF, "hydref.xml",
                "senco", NOW.minusSeconds(3600)));
        PupilImport officers = imports.save(PupilImport.applying(laId, null, ImportPreview.Format.CSV, "all.csv",
                "eso", NOW));
        older.done(3, 2, 1, 0);
        imports.save(older);

        PupilImport loaded = imports.findById(older.getId()).orElseThrow();
        assertThat(loaded.getFormat()).isEqualTo(ImportPreview.Format.CTF);
        assertThat(loaded.getAppliedAt()).isEqualTo(NOW.minusSeconds(3600));
        assertThat(List.of(loaded.getAdded(), loaded.getUpdated(), loaded.getLeavers(), loaded.getMoves()))
                .containsExactly(3, 2, 1, 0);
        assertThat(loaded.undoable(NOW, 7)).isTrue();
        assertThat(loaded.undoable(NOW.minusSeconds(3600).plusSeconds(7 * 86400 + 1), 7)).isFalse();
        assertThat(imports.findTop20ByLocalAuthorityIdOrderByAppliedAtDescIdDesc(laId)).extracting(PupilImport::getId)
                .containsExactly(officers.getId(), older.getId());
        assertThat(imports.findTop20ByLocalAuthorityIdAndSchoolIdOrderByAppliedAtDescIdDesc(laId, schoolId))
                .extracting(PupilImport::getId).containsExactly(older.getId());

        PupilImport stale = imports.findById(older.getId()).orElseThrow();
        loaded.undo("eso", NOW, 3, 0, 2, 0);
        imports.save(loaded);
        PupilImport undone = imports.findById(older.getId()).orElseThrow();
        assertThat(undone.getUndoneAt()).isEqualTo(NOW);
        assertThat(undone.getUndoneBy()).isEqualTo("eso");
        assertThat(undone.getRemoved()).isEqualTo(3);
        assertThat(undone.undoable(NOW, 7)).isFalse();
        stale.undo("senco", NOW, 0, 0, 0, 0);
        assertThatThrownBy(() -> imports.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void the_journal_is_written_in_slices_and_read_back_with_its_values() {
        long importId = imports.save(PupilImport.applying(laId, schoolId, ImportPreview.Format.CTF, "mawr.xml", "senco",
                NOW)).getId();
        List<Long> added = new ArrayList<>();
        for (int i = 0; i < PupilImportJournal.SLICE + 5; i++) {
            added.add(pupil("Added" + i));
        }
        long updated = pupil("Updated");
        String odd = "first=Gw%C5%B7n&last=ap+Rhys%26Co%3D";
        journal.added(importId, added);
        journal.updated(importId, List.of(new PupilImportJournal.Updated(updated, List.of(
                new FieldChange("name", "first=Gwyn&last=Rhys", odd), new FieldChange("yearGroup", "year=Y3", "year=Y4")))));

        assertThat(journal.addedPupils(importId)).containsExactlyElementsOf(added);
        assertThat(journal.updatedPupils(importId)).containsExactly(updated);
        Map<Long, List<FieldChange>> changes = journal.changes(importId, List.of(updated, added.getFirst()));
        assertThat(changes).containsOnlyKeys(updated);
        assertThat(changes.get(updated)).containsExactly(new FieldChange("name", "first=Gwyn&last=Rhys", odd),
                new FieldChange("yearGroup", "year=Y3", "year=Y4"));

        journal.forget(importId, added.subList(0, PupilImportJournal.SLICE + 1));
        assertThat(journal.addedPupils(importId)).containsExactlyElementsOf(added.subList(PupilImportJournal.SLICE + 1,
                added.size()));
    }

    @Test
    void later_work_is_found_the_journal_is_not_counted_and_erasure_takes_the_journal_rows() {
        long importId = imports.save(PupilImport.applying(laId, schoolId, ImportPreview.Format.CTF, "gwaith.xml",
                "senco", NOW)).getId();
        long plain = pupil("Plain");
        long withPlan = pupil("Planned");
        long updated = pupil("Changed");
        journal.added(importId, List.of(plain, withPlan));
        journal.updated(importId, List.of(new PupilImportJournal.Updated(updated,
                List.of(new FieldChange("yearGroup", "year=Y3", "year=Y4")))));
        plans.save(SupportPlan.start(withPlan, laId, PlanType.EHCP, "caseworker", NOW));

        Map<Long, Set<String>> work = references.referenced(List.of(plain, withPlan, updated),
                Set.of("PUPIL_IMPORT_PUPIL", "PUPIL_IMPORT_FIELD"));

        assertThat(work).containsOnlyKeys(withPlan);
        assertThat(work.get(withPlan)).containsExactly("SUPPORT_PLAN");
        // without leaving the journal out, it would count as work
        assertThat(references.referenced(List.of(plain), Set.of())).containsOnlyKeys(plain);

        eraser.erase(updated);
        eraser.erase(plain);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM pupil_import_field WHERE pupil_id = :id").param("id", updated)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pupil_import_pupil WHERE pupil_id IN (:ids)")
                .param("ids", List.of(updated, plain)).query(Long.class).single()).isZero();
        assertThat(journal.addedPupils(importId)).containsExactly(withPlan);
    }
}
