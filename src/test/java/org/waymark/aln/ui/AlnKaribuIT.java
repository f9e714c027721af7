package org.waymark.aln.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.AlnScenarios;
import org.waymark.Confirming;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.SignIn;
import org.waymark.aln.domain.AlnDecisionRepository;
import org.waymark.aln.domain.AlnOutcome;
import org.waymark.aln.domain.AlnReferralRepository;
import org.waymark.aln.domain.ConcernSource;
import org.waymark.aln.domain.DecisionStatus;
import org.waymark.aln.domain.MaintainerReason;
import org.waymark.aln.domain.ProgressMeasure;
import org.waymark.aln.domain.ReferralOutcome;
import org.waymark.aln.domain.ReferralSource;
import org.waymark.aln.domain.ReferralStatus;
import org.waymark.aln.service.AlnService;
import org.waymark.aln.service.ReferralService;
import org.waymark.base.ui.AccessRefusedView;
import org.waymark.base.ui.Translations;
import org.waymark.pupils.domain.PupilRow;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

/**
 * The Welsh ALN screens per role, in Welsh and in English: the ALNCo records a concern and decides
 * ALN through the guided form (messages beside fields, nothing stored on bad input, a confirmation
 * naming who is told) and lands in the IDP editor; the head teacher decides no ALN and the letter is
 * offered; the ALNCo refers a looked-after pupil's case with its due date and sends it; the
 * authority's caseworker sees it waiting and decides it; a parent's referral is recorded; the parent
 * sees only decisions; English users are refused.
 */
class AlnKaribuIT extends KaribuTest {

    @Autowired AlnScenarios scenarios;
    @Autowired DemoPupils demo;
    @Autowired AlnDecisionRepository decisions;
    @Autowired AlnReferralRepository referralRepository;
    @Autowired AlnService aln;
    @Autowired ReferralService referrals;
    @Autowired JdbcClient jdbc;

    private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radio(String id) {
        return byId(RadioButtonGroup.class, id);
    }

    @SuppressWarnings("unchecked")
    private static <T> CheckboxGroup<T> checks(String id) {
        return byId(CheckboxGroup.class, id);
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private long casesOf(long pupilId) {
        return decisions.findByPupilIdOrderByRecordedAtDescIdDesc(pupilId).size();
    }

    private void welsh(String username) {
        login(username);
        UI.getCurrent().setLocale(Translations.WELSH);
    }

    private void english(String username) {
        login(username);
        UI.getCurrent().setLocale(Translations.ENGLISH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_alnco_records_a_concern_and_decides_aln_in_welsh_and_the_idp_editor_opens() {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        welsh("senco.cy");
        UI.getCurrent().navigate("pupils/" + pupilId + "/aln");
        assertThat(byId(H2.class, "aln-heading").getText()).startsWith("Anghenion dysgu ychwanegol: ");

        // nothing filled in: each message beside its field, in Welsh; nothing stored
        _click(byId(com.vaadin.flow.component.button.Button.class, "concern-record"));
        Select<ConcernSource> source = byId(Select.class, "concern-source");
        DatePicker raisedOn = byId(DatePicker.class, "concern-on");
        TextArea concern = byId(TextArea.class, "concern-text");
        assertThat(source.getErrorMessage()).isEqualTo("Dywedwch pwy a gododd y pryder.");
        assertThat(raisedOn.getErrorMessage()).isEqualTo("Rhowch y dyddiad y codwyd y pryder.");
        assertThat(concern.isInvalid()).isTrue();
        assertThat(casesOf(pupilId)).isZero();

        source.setValue(ConcernSource.PARENT);
        byId(TextField.class, "concern-by").setValue("Mrs Gwen Morgan");
        raisedOn.setValue(today().minusDays(10));
        concern.setValue("Mae hi’n cael trafferth darllen gartref ac yn yr ysgol.");
        _click(byId(com.vaadin.flow.component.button.Button.class, "concern-record"));
        assertThat(casesOf(pupilId)).isEqualTo(1);
        long caseId = decisions.findByPupilIdOrderByRecordedAtDescIdDesc(pupilId).getFirst().getId();
        assertThat(location()).isEqualTo("aln/decisions/" + caseId);
        assertThat(byId(H2.class, "aln-decision-heading").getText()).startsWith("Penderfyniad ADY: ");

        // the decision asked for with nothing answered: messages beside the fields, no confirmation
        _click(byId(com.vaadin.flow.component.button.Button.class, "aln-decide"));
        assertThat(radio("aln-test1a").getErrorMessage()).isEqualTo("Atebwch brawf 1 (a): anhawster dysgu sylweddol fwy?");
        assertThat(byId(TextArea.class, "aln-evidence").isInvalid()).isTrue();
        assertThat(Confirming.open("confirm-aln-decision")).isFalse();
        // test 2 waits for test 1
        assertThat(byId(Div.class, "aln-outcome").getElement().getTextRecursively())
                .contains("Atebwch y ddau brawf i weld y canlyniad.");

        radio("aln-test1a").setValue(Boolean.TRUE);
        radio("aln-test1b").setValue(Boolean.FALSE);
        // limb (a) without evidence of slow progress is refused beside the ticks
        byId(TextArea.class, "aln-evidence").setValue("Oedran darllen 6 oed; mae’r dosbarth yn 8.");
        byId(TextArea.class, "aln-provision").setValue("Grŵp ffoneg bob dydd ers mis Medi.");
        byId(TextArea.class, "aln-test1-reasons").setValue("Anhawster sylweddol fwy na’i chyfoedion.");
        radio("aln-test2").setValue(Boolean.TRUE);
        byId(TextArea.class, "aln-test2-reasons").setValue("Angen rhaglen un-i-un bob dydd.");
        _click(byId(com.vaadin.flow.component.button.Button.class, "aln-decide"));
        assertThat(checks("aln-progress").getErrorMessage()).startsWith("Mae anhawster dysgu sylweddol fwy");
        checks("aln-progress").setValue(Set.of(ProgressMeasure.SLOWER_THAN_PEERS, ProgressMeasure.GAP_NOT_CLOSING));
        assertThat(byId(Paragraph.class, "aln-outcome-text").getText())
                .isEqualTo("Canlyniad: Anghenion dysgu ychwanegol (ADY)");

        // 27 hours of TA support: the authority would maintain the IDP, so the school refers instead
        byId(BigDecimalField.class, "aln-ta-hours").setValue(new BigDecimal("27"));
        assertThat(byId(Paragraph.class, "aln-outcome-maintainer").getText())
                .isEqualTo("Pwy sy’n cynnal y CDU: Yr awdurdod lleol");
        _click(byId(com.vaadin.flow.component.button.Button.class, "aln-decide"));
        assertThat(byId(BigDecimalField.class, "aln-ta-hours").getErrorMessage())
                .startsWith("Gyda’r ffeithiau hyn yr awdurdod sy’n cynnal y CDU");
        assertThat(Confirming.open("confirm-aln-decision")).isFalse();

        byId(BigDecimalField.class, "aln-ta-hours").setValue(new BigDecimal("10"));
        assertThat(byId(Paragraph.class, "aln-outcome-maintainer").getText()).isEqualTo("Pwy sy’n cynnal y CDU: Yr ysgol");
        _click(byId(com.vaadin.flow.component.button.Button.class, "aln-decide"));
        assertThat(Confirming.open("confirm-aln-decision")).isTrue();
        assertThat(Confirming.says("confirm-aln-decision")).contains("Mae gan", "anghenion dysgu ychwanegol",
                "Cynllun datblygu unigol (a gynhelir gan yr ysgol)");
        assertThat(Confirming.told("confirm-aln-decision")).contains("Jo Pemberton");
        // Cancel changes nothing
        Confirming.cancel("confirm-aln-decision");
        assertThat(decisions.findById(caseId).orElseThrow().getStatus()).isEqualTo(DecisionStatus.OPEN);
        _click(byId(com.vaadin.flow.component.button.Button.class, "aln-decide"));
        Confirming.confirm("confirm-aln-decision");
        var decided = decisions.findById(caseId).orElseThrow();
        assertThat(decided.getOutcome()).isEqualTo(AlnOutcome.ALN);
        // the IDP drafted for the decision is the one the editor opens
        assertThat(location()).isEqualTo("plans/" + java.util.Objects.requireNonNull(decided.getPlanId()) + "/edit");
        assertThat(OpenNotices.successes()).contains("Mae’r penderfyniad wedi’i gofnodi ac mae’r CDU wedi’i ddrafftio: ysgrifennwch ef nawr.");
    }

    @Test
    void the_head_teacher_decides_no_aln_in_english_and_the_record_offers_the_familys_letter() {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        long caseId = scenarios.concern(pupilId);
        english("head.cy");
        UI.getCurrent().navigate("aln/decisions/" + caseId);
        checks("aln-progress").setValue(Set.of());
        byId(TextArea.class, "aln-evidence").setValue("Reading assessments in line with the class since October.");
        byId(TextArea.class, "aln-provision").setValue("Catch-up reading group for six weeks.");
        radio("aln-test1a").setValue(Boolean.FALSE);
        radio("aln-test1b").setValue(Boolean.FALSE);
        byId(TextArea.class, "aln-test1-reasons").setValue("Progress matches the class since the catch-up group.");
        // test 1 not met: test 2 is not applied and not shown
        assertThat(byId(Paragraph.class, "aln-test2-not-applied").isVisible()).isTrue();
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("aln-test2"))).isEmpty();
        assertThat(byId(Paragraph.class, "aln-outcome-text").getText()).isEqualTo("Outcome: No additional learning needs");
        _click(byId(com.vaadin.flow.component.button.Button.class, "aln-decide"));
        assertThat(Confirming.says("confirm-aln-decision")).contains("does not have additional learning needs");
        Confirming.confirm("confirm-aln-decision");
        assertThat(decisions.findById(caseId).orElseThrow().getOutcome()).isEqualTo(AlnOutcome.NO_ALN);
        // the record: the outcome with its reason, and the letter
        assertThat(byId(com.vaadin.flow.component.html.Section.class, "aln-record-decision").getElement()
                .getTextRecursively()).contains("No additional learning needs",
                "No learning difficulty or disability (test 1 not met, so test 2 not applied)");
        assertThat(byId(Anchor.class, "aln-letter").getText()).isEqualTo("The letter about the decision (PDF)");
        assertThat(OpenNotices.successes()).contains("The decision is recorded.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_looked_after_pupils_case_is_referred_sent_and_decided_by_the_authority_in_welsh() {
        long pupilId = scenarios.lookedAfterPupil();
        long caseId = scenarios.concern(pupilId);
        welsh("senco.cy");
        UI.getCurrent().navigate("aln/decisions/" + caseId);
        // no decision form: the case must be referred
        assertThat(_find(Div.class, spec -> spec.withId("aln-decision-form"))).isEmpty();
        assertThat(byId(Div.class, "aln-refer-reasons").getElement().getTextRecursively())
                .contains("Mae’r disgybl yn derbyn gofal");
        _click(byId(com.vaadin.flow.component.button.Button.class, "aln-refer-prepare"));
        assertThat(byId(DatePicker.class, "aln-refer-apparent").getErrorMessage()).isEqualTo("Rhowch y dyddiad.");
        assertThat(byId(TextArea.class, "aln-refer-summary").isInvalid()).isTrue();
        assertThat(referralRepository.findByPupilIdOrderByStartedOnDescIdDesc(pupilId)).isEmpty();

        LocalDate apparent = today().minusDays(1);
        byId(DatePicker.class, "aln-refer-apparent").setValue(apparent);
        String due = byId(Paragraph.class, "aln-refer-due").getText();
        assertThat(due).startsWith("Yn ddyledus erbyn ").contains("20 diwrnod ysgol");
        byId(TextArea.class, "aln-refer-summary").setValue("Yn derbyn gofal ers yr haf; darllen ymhell ar ei hôl hi.");
        _click(byId(com.vaadin.flow.component.button.Button.class, "aln-refer-prepare"));
        assertThat(Confirming.says("confirm-aln-referral")).contains("Mae’r achos yn mynd i’r awdurdod");
        Confirming.confirm("confirm-aln-referral");
        var referral = referralRepository.findByPupilIdOrderByStartedOnDescIdDesc(pupilId).getFirst();
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.PREPARING);
        assertThat(location()).isEqualTo("aln/referrals/" + referral.getId());

        // sent, after a confirmation naming the authority's officers
        _click(byId(com.vaadin.flow.component.button.Button.class, "aln-referral-send"));
        assertThat(Confirming.told("confirm-aln-send")).contains("Robin Hale", "Morgan Tate");
        Confirming.confirm("confirm-aln-send");
        assertThat(referralRepository.findById(referral.getId()).orElseThrow().getStatus()).isEqualTo(ReferralStatus.SENT);

        // the caseworker sees it waiting and decides it
        welsh("caseworker.cy");
        UI.getCurrent().navigate(ReferralsView.class);
        assertThat(_find(RouterLink.class, spec -> spec.withId("aln-waiting-" + referral.getId()))).hasSize(1);
        UI.getCurrent().navigate("aln/referrals/" + referral.getId());
        _click(byId(com.vaadin.flow.component.button.Button.class, "aln-referral-decide"));
        RadioButtonGroup<ReferralOutcome> outcome = radio("aln-referral-outcome");
        assertThat(outcome.getErrorMessage()).isEqualTo("Dewiswch y penderfyniad.");
        outcome.setValue(ReferralOutcome.SCHOOL_BEST_PLACED);
        byId(TextArea.class, "aln-referral-reasons").setValue("Mae’r ysgol yn ei hadnabod orau.");
        _click(byId(com.vaadin.flow.component.button.Button.class, "aln-referral-decide"));
        assertThat(outcome.getErrorMessage()).startsWith("Mae cofnod y disgybl yn gwneud yr achos hwn yn un i’r awdurdod");
        assertThat(Confirming.open("confirm-aln-referral-decision")).isFalse();
        outcome.setValue(ReferralOutcome.AUTHORITY_DECIDES);
        byId(TextArea.class, "aln-referral-reasons").setValue("Mae’n derbyn gofal: yr awdurdod sy’n penderfynu.");
        _click(byId(com.vaadin.flow.component.button.Button.class, "aln-referral-decide"));
        assertThat(Confirming.told("confirm-aln-referral-decision")).contains("Sam Whitfield", "Jo Pemberton");
        Confirming.confirm("confirm-aln-referral-decision");
        assertThat(referralRepository.findById(referral.getId()).orElseThrow().getOutcome())
                .isEqualTo(ReferralOutcome.AUTHORITY_DECIDES);
        assertThat(byId(Anchor.class, "aln-referral-letter").getText()).isEqualTo("Llythyr penderfyniad yr awdurdod (PDF)");
        // the case is now the caseworker's to decide
        UI.getCurrent().navigate(ReferralsView.class);
        assertThat(_find(RouterLink.class, spec -> spec.withId("aln-cases-" + caseId))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_authority_sees_due_and_overdue_referrals_and_records_a_professionals_referral_in_english() {
        long duePupil = scenarios.freshPupil(AlnScenarios.SCHOOL);
        long dueCase = scenarios.concern(duePupil);
        long dueId = aln.prepareReferral(dueCase, scenarios.version(dueCase), new AlnService.ReferralInput(
                today().minusDays(1), null, Set.of(MaintainerReason.SPECIALIST_INPUT), "Weekly input from a QTVI."));
        long latePupil = scenarios.freshPupil(AlnScenarios.SCHOOL);
        long lateCase = scenarios.concern(latePupil);
        long lateId = aln.prepareReferral(lateCase, scenarios.version(lateCase), new AlnService.ReferralInput(
                LocalDate.of(2026, 10, 6), null, Set.of(MaintainerReason.EQUIPMENT), "A standing frame."));
        english("caseworker.cy");
        UI.getCurrent().navigate(ReferralsView.class);
        assertThat(byId(RouterLink.class, "aln-due-" + dueId).getParent().orElseThrow().getElement()
                .getTextRecursively()).contains("school days left");
        assertThat(byId(RouterLink.class, "aln-overdue-" + lateId).getParent().orElseThrow().getElement()
                .getTextRecursively()).contains("due by 10/11/2026: 6 school days late");

        // a professional's referral: bad input beside its fields, nothing stored; then recorded
        long pupilId = scenarios.freshPupil(AlnScenarios.OTHER_SCHOOL);
        int before = referralRepository.findByPupilIdOrderByStartedOnDescIdDesc(pupilId).size();
        _click(byId(com.vaadin.flow.component.button.Button.class, "received-record"));
        assertThat(byId(ComboBox.class, "received-pupil").getErrorMessage()).isEqualTo("Choose the pupil.");
        assertThat(byId(TextField.class, "received-referrer").getErrorMessage())
                .isEqualTo("Give the name and role of the person who referred.");
        ComboBox<PupilRow> pupil = byId(ComboBox.class, "received-pupil");
        PupilRow row = context.getBean(org.waymark.pupils.service.PupilService.class)
                .search(new org.waymark.pupils.domain.PupilFilter(null, null, null, null),
                        org.waymark.pupils.domain.PupilSort.NAME, 0, 500).stream()
                .filter(r -> r.id() == pupilId).findFirst().orElseThrow();
        pupil.setValue(row);
        ((Select<ReferralSource>) byId(Select.class, "received-source")).setValue(ReferralSource.PROFESSIONAL);
        byId(TextField.class, "received-referrer").setValue("Dr Alun Price, community paediatrician");
        byId(DatePicker.class, "received-on").setValue(today().minusDays(2));
        byId(TextArea.class, "received-summary").setValue("Asks the authority to consider ALN after a diagnosis.");
        _click(byId(com.vaadin.flow.component.button.Button.class, "received-record"));
        var recorded = referralRepository.findByPupilIdOrderByStartedOnDescIdDesc(pupilId);
        assertThat(recorded).hasSize(before + 1);
        assertThat(recorded.getFirst().getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(location()).isEqualTo("aln/referrals/" + recorded.getFirst().getId());
        assertThat(OpenNotices.successes()).contains("The referral is recorded: decide it from its page.");
    }

    @Test
    void the_parent_sees_decisions_and_letters_but_not_open_concerns() {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        long open = scenarios.concern(pupilId);
        long decided = scenarios.concern(pupilId);
        SignIn.as(accounts, "senco.cy");
        aln.decide(decided, scenarios.version(decided), AlnScenarios.input(false, false, null), null);
        demo.linkParent("parent.cy", pupilId);
        try {
            login("parent.cy");
            UI.getCurrent().navigate("pupils/" + pupilId + "/aln");
            assertThat(_find(Div.class, spec -> spec.withId("aln-case-" + decided))).hasSize(1);
            assertThat(_find(Div.class, spec -> spec.withId("aln-case-" + open))).isEmpty();
            assertThat(_find(Div.class, spec -> spec.withId("concern-form"))).isEmpty();
            assertThat(byId(Anchor.class, "aln-letter-" + decided).getText())
                    .isEqualTo("Y llythyr am y penderfyniad (PDF)");
            UI.getCurrent().navigate("aln/decisions/" + open);
            assertThat(_find(AccessRefusedView.class)).hasSize(1);
        } finally {
            demo.unlinkParent("parent.cy", pupilId);
        }
    }

    @Test
    void english_users_are_refused_the_welsh_process() {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        login("caseworker");
        UI.getCurrent().navigate(ReferralsView.class);
        assertThat(_find(AccessRefusedView.class)).hasSize(1);
        login("senco");
        UI.getCurrent().navigate("pupils/" + pupilId + "/aln");
        assertThat(_find(AccessRefusedView.class)).hasSize(1);
        // and an English pupil's record offers no ALN link
        UI.getCurrent().navigate("pupils/" + demo.pupilAt("Larkfield Primary School"));
        assertThat(_find(Anchor.class, spec -> spec.withId("pupil-aln-link"))).isEmpty();
        // a Welsh pupil's record does
        welsh("senco.cy");
        UI.getCurrent().navigate("pupils/" + pupilId);
        assertThat(byId(Anchor.class, "pupil-aln-link").getHref()).isEqualTo("pupils/" + pupilId + "/aln");
    }
}
