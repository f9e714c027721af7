package org.waymark.imports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.imports.domain.CtfFiles;
import org.waymark.imports.domain.ImportPreview;
import org.waymark.imports.domain.UndoPreview.UndoLine;
import org.waymark.imports.service.ImportUndoService.RecentImport;
import org.waymark.imports.service.PupilImportService;
import org.waymark.privacy.domain.PupilEraser;
import org.waymark.pupils.domain.PupilRepository;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/**
 * The import page's recent imports and their undo (DD020) per role: the SENCO undoes their own
 * import through preview and confirmation; the authority's officer sees the school's imports; an
 * officer of another authority does not; an import past the undo period offers no undo.
 */
class ImportUndoKaribuIT extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired PupilRepository pupils;
    @Autowired PupilImportService imports;
    @Autowired PupilEraser eraser;
    @Autowired TransactionTemplate transactions;

    private String reference(String school) {
        return jdbc.sql("SELECT reference_number FROM school WHERE name = :n").param("n", school).query(String.class)
                .single();
    }

    private LocalDate year4Birthday(int days) {
        LocalDate t = today();
        return LocalDate.of(t.getMonthValue() >= 9 ? t.getYear() : t.getYear() - 1, 9, 1).minusYears(8).minusDays(days);
    }

    private static String upn(int salt) {
        return CtfFiles.upn(System.nanoTime() % 1_000_000_000L + 8_000_000_000L + salt);
    }

    private String file(String upn, String first, int days) {
        return CtfFiles.header("", reference("Larkfield Primary School"), today())
                + CtfFiles.pupil(upn, first, "Undoable", year4Birthday(days), "4", "SLCN") + CtfFiles.footer();
    }

    private static int rowOf(PupilImportView view, String fileName) {
        for (int i = 0; i < GridKt._size(view.recent.grid); i++) {
            if (GridKt._get(view.recent.grid, i).fileName().equals(fileName)) {
                return i;
            }
        }
        throw new AssertionError(fileName + " not listed");
    }

    @Test
    void a_senco_undoes_their_import_after_a_preview_and_a_confirmation() {
        login("senco");
        UI.getCurrent().navigate("pupils/import");
        PupilImportView view = _get(PupilImportView.class);
        String upn = upn(1);
        String fileName = "undo-" + upn + ".xml";
        view.previewOf(fileName, file(upn, "Tansy", 31).getBytes(StandardCharsets.UTF_8));
        view.apply.click();
        Confirming.confirm("confirm-import");
        long pupilId = pupils.findByUpn(upn).orElseThrow().getId();

        int row = rowOf(view, fileName);
        RecentImport listed = GridKt._get(view.recent.grid, row);
        assertThat(listed.madeBy()).isEqualTo("Sam Whitfield");
        assertThat(RecentImports.did(listed)).isEqualTo("1 added, 0 updated, 0 leavers, 0 moves");
        assertThat(RecentImports.undoState(listed)).startsWith("Can be undone until ");
        Button undo = (Button) GridKt._getCellComponent(view.recent.grid, row, "undo");
        assertThat(undo.isVisible()).isTrue();
        assertThat(undo.getAriaLabel()).contains("Undo the import of " + fileName);

        undo.click();

        assertThat(view.recent.preview.isVisible()).isTrue();
        assertThat(view.recent.summary.getText()).startsWith("1 pupils removed and 0 pupils’ details put back.");
        UndoLine line = GridKt._get(view.recent.lines, 0);
        assertThat(line.pupilId()).isEqualTo(pupilId);
        assertThat(view.recent.reason(line)).isEqualTo("Added by this import and nothing recorded since: removed");
        assertThat(view.recent.notes.getElement().getChild(0).getText())
                .startsWith("The 0 leavers and 0 moves this import recorded are not undone");
        view.recent.undoButton.click();
        assertThat(Confirming.says("confirm-undo")).contains("1 pupils will be removed from Waymark for good")
                .contains("This cannot be reversed.");
        Confirming.confirm("confirm-undo");

        assertThat(OpenNotices.successes()).contains("Import undone: 1 pupils removed, 0 pupils’ details put back, 0 pupils kept.");
        assertThat(pupils.findById(pupilId)).isEmpty();
        assertThat(view.recent.preview.isVisible()).isFalse();
        RecentImport undone = GridKt._get(view.recent.grid, rowOf(view, fileName));
        assertThat(RecentImports.undoState(undone)).startsWith("Undone by Sam Whitfield on ");
        assertThat(GridKt._getCellComponent(view.recent.grid, rowOf(view, fileName), "undo").isVisible()).isFalse();
    }

    @Test
    void the_authoritys_officer_sees_the_schools_imports_another_authoritys_does_not() {
        login("senco");
        String upn = upn(2);
        String fileName = "seen-" + upn + ".xml";
        ImportPreview p = imports.preview(ImportPreview.Format.CTF, fileName,
                new ByteArrayInputStream(file(upn, "Yarrow", 32).getBytes(StandardCharsets.UTF_8)));
        imports.apply(p, false);

        login("eso");
        UI.getCurrent().navigate("pupils/import");
        PupilImportView view = _get(PupilImportView.class);
        int row = rowOf(view, fileName);
        assertThat(GridKt._getCellComponent(view.recent.grid, row, "undo").isVisible()).isTrue();
        // the officer may undo it too: the preview is offered
        ((Button) GridKt._getCellComponent(view.recent.grid, row, "undo")).click();
        assertThat(view.recent.preview.isVisible()).isTrue();
        view.recent.undoButton.click();
        Confirming.confirm("confirm-undo");
        assertThat(pupils.findByUpn(upn)).isEmpty();

        login("eso.cy");
        UI.getCurrent().navigate("pupils/import");
        PupilImportView theirs = _get(PupilImportView.class);
        for (int i = 0; i < GridKt._size(theirs.recent.grid); i++) {
            assertThat(GridKt._get(theirs.recent.grid, i).fileName()).isNotEqualTo(fileName);
        }
    }

    @Test
    void an_import_past_the_undo_period_is_listed_without_an_undo() {
        login("senco");
        String upn = upn(3);
        String fileName = "old-" + upn + ".xml";
        ImportPreview p = imports.preview(ImportPreview.Format.CTF, fileName,
                new ByteArrayInputStream(file(upn, "Sedge", 33).getBytes(StandardCharsets.UTF_8)));
        imports.applyForDemo(p, clock.instant().minus(Duration.ofDays(8)));
        UI.getCurrent().navigate("pupils/import");
        PupilImportView view = _get(PupilImportView.class);

        int row = rowOf(view, fileName);

        assertThat(RecentImports.undoState(GridKt._get(view.recent.grid, row)))
                .startsWith("Can no longer be undone (the period ended on ");
        assertThat(GridKt._getCellComponent(view.recent.grid, row, "undo").isVisible()).isFalse();
        // the pupil it added goes again, as erasure takes it (journal rows included), for the tests that follow
        long added = pupils.findByUpn(upn).orElseThrow().getId();
        transactions.executeWithoutResult(t -> eraser.erase(added));
        assertThat(pupils.findById(added)).isEmpty();
    }
}
