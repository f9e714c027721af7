package org.waymark.pupils.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.organisation.domain.UkAuthorities;
import org.waymark.pupils.domain.PupilRepository;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouteParameters;

/**
 * A surname past its limit is kept whole and refused, not cut; an authority is chosen from the UK
 * list and a name typed before it is kept until chosen; cancelling with changes asks first.
 */
class PupilNothingLostKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired PupilRepository pupils;
    @Autowired JdbcClient jdbc;

    private PupilForm edit(long pupilId) {
        login("senco");
        UI.getCurrent().navigate(PupilEditorView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
        return _get(PupilEditorView.class).form();
    }

    @Test
    void a_surname_of_101_characters_is_kept_whole_marked_and_not_saved() {
        long pupilId = demo.pupilAt("Larkfield Primary School");
        String stored = pupils.findById(pupilId).orElseThrow().getLastName();
        PupilForm form = edit(pupilId);
        String tooLong = "Ap Gruffydd-Montgomery-" + "x".repeat(78);
        assertThat(tooLong).hasSize(101);
        assertThat(form.lastName.getElement().hasProperty("maxlength")).isFalse();
        form.lastName.setValue(tooLong);
        assertThat(form.lastName.isInvalid()).isTrue();
        click("save-pupil");
        assertThat(pupils.findById(pupilId).orElseThrow().getLastName()).isEqualTo(stored);
        assertThat(form.lastName.getValue()).isEqualTo(tooLong);
        assertThat(form.lastName.getErrorMessage()).contains("100");
        assertThat(OpenNotices.successes()).isEmpty();
    }

    @Test
    void the_home_authority_is_chosen_from_the_uk_list_and_stored_by_its_code() {
        long pupilId = demo.pupilAt("Larkfield Primary School");
        String before = pupils.findById(pupilId).orElseThrow().getHomeAuthority();
        try {
            PupilForm form = edit(pupilId);
            assertThat(form.homeAuthority.getListDataView().getItems().count()).isEqualTo(208);
            form.homeAuthority.setValue(UkAuthorities.list().byCode("331").orElseThrow());
            click("save-pupil");
            assertThat(pupils.findById(pupilId).orElseThrow().getHomeAuthority()).isEqualTo("331");
            assertThat(form.homeAuthority.getItemLabelGenerator().apply(form.homeAuthority.getValue())).isEqualTo("Coventry");
        } finally {
            jdbc.sql("UPDATE pupil SET home_authority = :code WHERE id = :id").param("code", before).param("id", pupilId).update();
        }
    }

    @Test
    void a_name_typed_before_the_list_is_shown_beside_the_field_kept_on_save_and_dropped_once_chosen() {
        long pupilId = demo.pupilAt("Larkfield Primary School");
        String before = pupils.findById(pupilId).orElseThrow().getHomeAuthority();
        String preferred = jdbc.sql("SELECT preferred_name FROM pupil WHERE id = :id").param("id", pupilId)
                .query(String.class).optional().orElse(null);
        jdbc.sql("UPDATE pupil SET home_authority = NULL, home_authority_unmatched = 'Old Borsetshire CC' WHERE id = :id")
                .param("id", pupilId).update();
        try {
            PupilForm form = edit(pupilId);
            assertThat(form.homeAuthority.getValue()).isNull();
            assertThat(form.homeAuthority.getHelperText()).contains("Old Borsetshire CC");
            form.preferredName.setValue("Bee");
            click("save-pupil");
            assertThat(pupils.findById(pupilId).orElseThrow().getHomeAuthorityUnmatched()).isEqualTo("Old Borsetshire CC");

            form = edit(pupilId);
            form.homeAuthority.setValue(UkAuthorities.list().byCode("670").orElseThrow());
            click("save-pupil");
            var saved = pupils.findById(pupilId).orElseThrow();
            assertThat(saved.getHomeAuthority()).isEqualTo("670");
            assertThat(saved.getHomeAuthorityUnmatched()).isNull();
        } finally {
            jdbc.sql("UPDATE pupil SET home_authority = :code, home_authority_unmatched = NULL, preferred_name = :preferred"
                    + " WHERE id = :id").param("code", before).param("preferred", preferred).param("id", pupilId).update();
        }
    }

    @Test
    void a_looked_after_child_whose_authority_was_not_matched_cannot_be_saved_until_one_is_chosen() {
        long pupilId = demo.pupilAt("Larkfield Primary School");
        var stored = pupils.findById(pupilId).orElseThrow();
        jdbc.sql("UPDATE pupil SET looked_after = TRUE, looked_after_by = NULL, looked_after_by_unmatched = 'Borsetshire'"
                + " WHERE id = :id").param("id", pupilId).update();
        try {
            PupilForm form = edit(pupilId);
            click("save-pupil");
            assertThat(form.lookedAfterBy.isInvalid()).isTrue();
            assertThat(form.lookedAfterBy.getErrorMessage()).contains("Borsetshire");
            assertThat(pupils.findById(pupilId).orElseThrow().getLookedAfterByUnmatched()).isEqualTo("Borsetshire");
        } finally {
            jdbc.sql("UPDATE pupil SET looked_after = :la, looked_after_by = :by, looked_after_by_unmatched = NULL WHERE id = :id")
                    .param("la", stored.isLookedAfter()).param("by", stored.getLookedAfterBy()).param("id", pupilId).update();
        }
    }

    @Test
    void cancelling_with_changes_asks_before_throwing_them_away() {
        long pupilId = demo.pupilAt("Larkfield Primary School");
        PupilForm form = edit(pupilId);
        form.preferredName.setValue("Bee");
        click("cancel-pupil");
        ConfirmDialog question = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-dialog"));
        ConfirmDialogKt._fireConfirm(question);
        _get(PupilDetailsView.class);

        edit(pupilId);
        click("cancel-pupil"); // nothing changed: no question
        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("unsaved-dialog"))).isEmpty();
        _get(PupilDetailsView.class);
    }
}
