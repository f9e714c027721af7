package org.waymark.pupils.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.UniquePupilNumber;
import org.waymark.pupils.domain.YearGroup;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/** The pupil editor tells the truth: a refusal beside its field and no success; a success alone. */
class PupilFeedbackKaribuIT extends KaribuTest {

    @Autowired PupilRepository pupils;
    @Autowired org.waymark.DemoPupils demo;

    private PupilForm newPupil(String lastName) {
        login("senco");
        UI.getCurrent().navigate("pupils/new");
        PupilForm form = _get(PupilEditorView.class).form();
        form.firstName.setValue("Morwenna");
        form.lastName.setValue(lastName);
        form.dateOfBirth.setValue(today().minusYears(8).minusMonths(3));
        form.yearGroup.setValue(YearGroup.Y3);
        form.areasOfNeed.setValue(EnumSet.of(AreaOfNeed.COMMUNICATION_INTERACTION));
        form.primaryNeed.setValue(AreaOfNeed.COMMUNICATION_INTERACTION);
        return form;
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("save-pupil")));
    }

    @Test
    void a_future_date_of_birth_says_why_beside_the_field_and_nothing_is_saved() {
        long before = pupils.count();
        PupilForm form = newPupil("Feedback-Future");
        form.dateOfBirth.setValue(today().plusDays(1));
        save();
        assertThat(form.dateOfBirth.isInvalid()).isTrue();
        assertThat(form.dateOfBirth.getErrorMessage()).isEqualTo("The date of birth cannot be in the future");
        assertThat(pupils.count()).isEqualTo(before);
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(OpenNotices.errors()).containsExactly("Nothing was saved: correct the fields marked in red");
    }

    @Test
    void saving_a_corrected_pupil_says_saved_and_nothing_else() {
        PupilForm form = newPupil("Feedback-Corrected");
        String digits = "801299307741";
        char right = UniquePupilNumber.checkLetter(digits);
        char wrong = right == 'A' ? 'B' : 'A';
        form.upn.setValue(wrong + digits);
        save();
        assertThat(form.upn.isInvalid()).isTrue();
        assertThat(form.upn.getErrorMessage()).contains("check letter");
        assertThat(OpenNotices.errors()).containsExactly("Nothing was saved: correct the fields marked in red");
        assertThat(OpenNotices.successes()).isEmpty();

        form.upn.setValue(right + digits);
        save();
        assertThat(pupils.findByUpn(right + digits)).isPresent();
        _get(PupilDetailsView.class);
        // the earlier refusal is gone: no "Saved" beside "Nothing was saved"
        assertThat(OpenNotices.texts()).containsExactly("Saved");
        assertThat(OpenNotices.successes()).containsExactly("Saved");
    }

    @Test
    void correcting_an_existing_pupil_says_saved_and_nothing_else() {
        long pupilId = demo.pupilAt("Larkfield Primary School");
        login("senco");
        UI.getCurrent().navigate("pupils/" + pupilId + "/edit");
        PupilForm form = _get(PupilEditorView.class).form();
        var bornOn = form.dateOfBirth.getValue();
        form.dateOfBirth.setValue(today().plusDays(3));
        save();
        assertThat(form.dateOfBirth.isInvalid()).isTrue();
        assertThat(form.dateOfBirth.getErrorMessage()).isEqualTo("The date of birth cannot be in the future");
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(OpenNotices.errors()).containsExactly("Nothing was saved: correct the fields marked in red");
        assertThat(pupils.findById(pupilId).orElseThrow().getDateOfBirth()).isEqualTo(bornOn);

        form.dateOfBirth.setValue(bornOn);
        save();
        _get(PupilDetailsView.class);
        assertThat(OpenNotices.texts()).containsExactly("Saved");
        assertThat(OpenNotices.errors()).isEmpty();
    }

    @Test
    void a_move_without_the_new_school_is_refused_beside_it_then_recorded_with_the_success_alone() {
        long pupilId = demo.pupilAt("Thornbury Downs Infant and Junior School");
        long schoolBefore = pupils.findById(pupilId).orElseThrow().getSchoolId();
        login("eso");
        UI.getCurrent().navigate("pupils/" + pupilId);
        PupilMoveForm move = _get(PupilMoveForm.class);
        move.reason.setValue(EnrolmentEndReason.MOVED_SCHOOL);
        move.on.setValue(today().minusDays(2));
        _click(_get(Button.class, spec -> spec.withId("move-record")));
        assertThat(move.school.isInvalid()).isTrue();
        assertThat(move.school.getErrorMessage()).isEqualTo("Choose the school the pupil moves to.");
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(OpenNotices.errors()).hasSize(1);
        assertThat(pupils.findById(pupilId).orElseThrow().getSchoolId()).isEqualTo(schoolBefore);

        move.school.setValue(move.school.getListDataView().getItems()
                .filter(s -> !java.util.Objects.equals(s.id(), schoolBefore)).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("move-record")));
        assertThat(pupils.findById(pupilId).orElseThrow().getSchoolId()).isNotEqualTo(schoolBefore);
        assertThat(OpenNotices.texts())
                .containsExactly("The move is recorded and the pupil’s funding follows the rules.");
    }
}
