package org.waymark.pupils.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.base.ui.AccessRefusedView;
import org.waymark.base.ui.RecordNotFoundView;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.pupils.service.PupilService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;

/** The pupil grid, detail page and editor, per role, including the refusals. */
class PupilViewsKaribuIT extends KaribuTest {

    static final String SENCO_SCHOOL = "Larkfield Primary School";
    static final String SAME_FAMILY_SCHOOL = "St Aidan's CE Primary School";
    static final String OTHER_FAMILY_SCHOOL = "Kestrel Brook Primary School";

    @Autowired DemoPupils demo;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired PupilRepository pupils;
    @Autowired PupilService pupilService;

    private List<PupilRow> gridRows() {
        return _fetch(_get(PupilListView.class).grid, 0, 1000).stream().map(PupilService.PupilLine::pupil).toList();
    }

    private void open(long pupilId) {
        UI.getCurrent().navigate(PupilDetailsView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
    }

    @Test
    void a_school_senco_lists_exactly_the_pupils_of_their_school() {
        login("senco");
        UI.getCurrent().navigate(PupilListView.class);
        List<PupilRow> rows = gridRows();
        // enrolled there, or left it within the read-only period and marked with the day (DD014)
        assertThat(rows).hasSize((int) demo.listedBy(SENCO_SCHOOL));
        assertThat(rows).allSatisfy(r -> assertThat(r.schoolName().equals(SENCO_SCHOOL) || r.leftOn() != null)
                .as(r.displayName()).isTrue());
        assertThat(_get(PupilListView.class).school.isVisible()).as("one school: no school filter").isFalse();
        _get(Button.class, spec -> spec.withId("add-pupil"));
    }

    @Test
    void the_filters_narrow_the_grid() {
        login("caseworker");
        UI.getCurrent().navigate(PupilListView.class);
        PupilListView view = _get(PupilListView.class);
        int all = gridRows().size();
        assertThat(all).isGreaterThanOrEqualTo(90);

        view.area.setValue(AreaOfNeed.SENSORY_MEDICAL_PHYSICAL);
        List<PupilRow> sensory = gridRows();
        assertThat(sensory).isNotEmpty().hasSizeLessThan(all);

        view.area.clear();
        view.yearGroup.setValue(YearGroup.Y7);
        assertThat(gridRows()).allSatisfy(r -> assertThat(r.yearGroup()).isEqualTo(YearGroup.Y7));

        view.yearGroup.clear();
        view.school.setValue(view.school.getListDataView().getItems()
                .filter(s -> s.name().equals(OTHER_FAMILY_SCHOOL)).findFirst().orElseThrow());
        assertThat(gridRows()).hasSize((int) demo.countAt(OTHER_FAMILY_SCHOOL))
                .allSatisfy(r -> assertThat(r.schoolName()).isEqualTo(OTHER_FAMILY_SCHOOL));

        view.school.clear();
        PupilRow someone = sensory.getFirst();
        view.search.setValue(someone.lastName().substring(0, 3).toLowerCase());
        assertThat(gridRows()).extracting(PupilRow::id).contains(someone.id());
        view.search.setValue("zzzz-nobody");
        assertThat(gridRows()).isEmpty();
    }

    @Test
    void a_family_senco_lists_the_schools_of_their_family_only() {
        login("family.senco");
        UI.getCurrent().navigate(PupilListView.class);
        assertThat(gridRows()).extracting(PupilRow::schoolName).doesNotContain(OTHER_FAMILY_SCHOOL)
                .contains(SENCO_SCHOOL);
        assertThat(_find(Button.class, spec -> spec.withId("add-pupil"))).isEmpty();
    }

    @Test
    void opening_an_own_pupil_shows_the_record_and_audits_the_read() {
        long pupilId = demo.pupilAt(SENCO_SCHOOL);
        long before = demo.auditCount("senco", "READ", pupilId, "ALLOWED");
        login("senco");
        open(pupilId);
        assertThat(_get(H2.class, spec -> spec.withId("pupil-name")).getText()).isNotBlank();
        _get(Button.class, spec -> spec.withId("edit-pupil"));
        assertThat(demo.auditCount("senco", "READ", pupilId, "ALLOWED")).isEqualTo(before + 1);
    }

    @Test
    void a_school_senco_opening_another_schools_pupil_by_url_is_refused_and_audited() {
        for (String school : List.of(SAME_FAMILY_SCHOOL, OTHER_FAMILY_SCHOOL)) {
            long pupilId = demo.pupilAt(school);
            long before = demo.auditCount("senco", "READ", pupilId, "DENIED");
            login("senco");
            open(pupilId);
            _get(AccessRefusedView.class);
            assertThat(_find(H2.class, spec -> spec.withId("pupil-name"))).isEmpty();
            assertThat(demo.auditCount("senco", "READ", pupilId, "DENIED")).isEqualTo(before + 1);
        }
    }

    @Test
    void a_family_senco_is_refused_a_pupil_of_another_family() {
        login("family.senco");
        open(demo.pupilAt(OTHER_FAMILY_SCHOOL));
        _get(AccessRefusedView.class);
        open(demo.pupilAt(SAME_FAMILY_SCHOOL));
        _get(H2.class, spec -> spec.withId("pupil-name"));
    }

    @Test
    void a_parent_sees_their_own_child_read_only_and_is_refused_any_other_child() {
        long own = demo.childOf("parent");
        long other = demo.notChildOf("parent", SENCO_SCHOOL);
        login("parent");
        open(own);
        _get(H2.class, spec -> spec.withId("pupil-name"));
        assertThat(_find(Button.class, spec -> spec.withId("edit-pupil"))).isEmpty();
        long before = demo.auditCount("parent", "READ", other, "DENIED");
        open(other);
        _get(AccessRefusedView.class);
        assertThat(demo.auditCount("parent", "READ", other, "DENIED")).isEqualTo(before + 1);
    }

    @Test
    void a_head_teacher_reads_but_cannot_open_the_editor() {
        login("head");
        long pupilId = demo.pupilAt(SENCO_SCHOOL);
        open(pupilId);
        assertThat(_find(Button.class, spec -> spec.withId("edit-pupil"))).isEmpty();
        assertThatThrownBy(() -> UI.getCurrent().navigate(PupilEditorView.class,
                new RouteParameters("pupilId", String.valueOf(pupilId)))).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void an_unknown_or_malformed_pupil_address_says_not_found() {
        login("senco");
        open(987654321L);
        _get(RecordNotFoundView.class);
        UI.getCurrent().navigate("pupils/not-a-number");
        _get(RecordNotFoundView.class);
    }

    @Test
    void adding_a_pupil_refuses_a_mistyped_upn_then_saves_the_corrected_one() {
        login("senco");
        UI.getCurrent().navigate("pupils/new");
        PupilForm form = _get(PupilEditorView.class).form();
        form.firstName.setValue("Tamsin");
        form.lastName.setValue("Quarmby-Test");
        form.dateOfBirth.setValue(LocalDate.of(2018, 2, 10));
        form.yearGroup.setValue(YearGroup.Y3);
        form.areasOfNeed.setValue(EnumSet.of(AreaOfNeed.COMMUNICATION_INTERACTION));
        form.primaryNeed.setValue(AreaOfNeed.COMMUNICATION_INTERACTION);
        form.upn.setValue("T801200101001");
        _click(_get(Button.class, spec -> spec.withId("save-pupil")));
        assertThat(form.upn.isInvalid()).isTrue();
        assertThat(form.upn.getErrorMessage()).contains("check letter");
        assertThat(pupils.findByUpn("R801200101001")).isEmpty();

        form.upn.setValue("R801200101001");
        _click(_get(Button.class, spec -> spec.withId("save-pupil")));
        var saved = pupils.findByUpn("R801200101001").orElseThrow();
        assertThat(saved.getLastName()).isEqualTo("Quarmby-Test");
        assertThat(saved.getSchoolId()).isEqualTo(demo.schoolId(SENCO_SCHOOL));
        _get(PupilDetailsView.class);
        assertThat(demo.auditCount("senco", "CREATE", saved.getId(), "ALLOWED")).isEqualTo(1);
    }

    @Test
    void a_possible_duplicate_asks_before_saving() {
        // the school's last pupil: other tests edit the first one, which must stay without a namesake
        var existing = pupils.findById(jdbc.sql("SELECT MAX(p.id) FROM pupil p JOIN school s ON s.id = p.school_id"
                + " WHERE s.name = :name").param("name", SENCO_SCHOOL).query(Long.class).single()).orElseThrow();
        long before = pupils.count();
        login("senco");
        UI.getCurrent().navigate("pupils/new");
        PupilForm form = _get(PupilEditorView.class).form();
        form.read(existing.details());
        form.upn.clear();
        _click(_get(Button.class, spec -> spec.withId("save-pupil")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(pupils.count()).isEqualTo(before);
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(pupils.count()).isEqualTo(before + 1);
    }

    @Test
    void a_concurrent_edit_ends_in_a_conflict_message_and_keeps_the_users_input() {
        long pupilId = demo.pupilAt(SENCO_SCHOOL);
        login("senco");
        UI.getCurrent().navigate(PupilEditorView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
        PupilForm form = _get(PupilEditorView.class).form();

        // someone else saves first
        var other = pupilService.forEditing(pupilId);
        other.details().setPreferredName("Saved-by-colleague");
        pupilService.update(pupilId, other.version(), other.details(), true);

        form.preferredName.setValue("Typed-by-me");
        _click(_get(Button.class, spec -> spec.withId("save-pupil")));
        assertThat(_get(Div.class, spec -> spec.withId("conflict-message")).isVisible()).isTrue();
        assertThat(form.preferredName.getValue()).isEqualTo("Typed-by-me");
        assertThat(pupils.findById(pupilId).orElseThrow().getPreferredName()).isEqualTo("Saved-by-colleague");

        _click(_get(Button.class, spec -> spec.withId("conflict-reload")));
        assertThat(_get(PupilEditorView.class).form().preferredName.getValue()).isEqualTo("Saved-by-colleague");
    }
}
