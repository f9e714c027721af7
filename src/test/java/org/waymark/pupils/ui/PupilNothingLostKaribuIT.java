package org.waymark.pupils.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.pupils.domain.PupilRepository;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouteParameters;

/** A surname past its limit is kept whole and refused, not cut; cancelling with changes asks first. */
class PupilNothingLostKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired PupilRepository pupils;

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
    void a_long_home_authority_is_refused_by_the_service_rule_as_well() {
        long pupilId = demo.pupilAt("Larkfield Primary School");
        PupilForm form = edit(pupilId);
        form.homeAuthority.setValue("A".repeat(151));
        click("save-pupil");
        assertThat(pupils.findById(pupilId).orElseThrow().getHomeAuthority()).isNotEqualTo("A".repeat(151));
        assertThat(form.homeAuthority.isInvalid()).isTrue();
        assertThat(form.homeAuthority.getValue()).hasSize(151);
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
