package org.waymark.aln.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.AlnScenarios;
import org.waymark.Confirming;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.SignIn;
import org.waymark.aln.domain.AlnDisagreement;
import org.waymark.aln.domain.AlnDisagreementRepository;
import org.waymark.aln.domain.DisagreementRules;
import org.waymark.aln.domain.DisagreementStatus;
import org.waymark.aln.domain.DisagreementTopic;
import org.waymark.aln.service.DisagreementService;
import org.waymark.base.ui.AccessRefusedView;
import org.waymark.base.ui.Translations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Disagreements per role (issue 16, point 5): the parent logs a concern about their own child in
 * Welsh on the pupil's ALN page (messages beside the fields, nothing stored on bad input); the
 * authority's lead SEND co-ordinator assigns a liaison officer and records the steps to the
 * tribunal, closing only after confirming; the parent sees where it stands in plain Welsh and is
 * told in Welsh; another family's parent and another authority's officer are refused, audited.
 */
class DisagreementKaribuIT extends KaribuTest {

    @Autowired AlnScenarios scenarios;
    @Autowired DemoPupils demo;
    @Autowired AlnDisagreementRepository repository;
    @Autowired DisagreementService service;
    @Autowired JdbcClient jdbc;

    private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private List<AlnDisagreement> of(long pupilId) {
        return repository.findByPupilIdOrderByLoggedAtDescIdDesc(pupilId);
    }

    private List<String> noticesTo(String login) {
        return jdbc.sql("SELECT message_key FROM notice WHERE recipient = :r AND message_key LIKE 'notice.aln.disagreement.%'"
                + " ORDER BY id").param("r", login).query(String.class).list();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_parent_logs_a_concern_the_authority_takes_it_to_the_tribunal_and_the_parent_sees_where_it_stands() {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        demo.linkParent("parent.cy", pupilId);
        try {
            int parentNoticesBefore = noticesTo("parent.cy").size();
            login("parent.cy");
            UI.getCurrent().setLocale(Translations.WELSH);
            UI.getCurrent().navigate("pupils/" + pupilId + "/aln");
            assertThat(byId(Section.class, "aln-disagreements").getElement().getTextRecursively())
                    .contains("Nid oes anghytundeb wedi’i gofnodi.");
            // nothing filled in: messages beside the fields, nothing stored
            _click(byId(Button.class, "dis-log"));
            assertThat(select("dis-topic").getErrorMessage()).isEqualTo("Dywedwch am beth y mae’r pryder.");
            assertThat(byId(TextArea.class, "dis-concern").getErrorMessage()).isEqualTo("Disgrifiwch y pryder.");
            assertThat(of(pupilId)).isEmpty();

            ((Select<DisagreementTopic>) (Select<?>) select("dis-topic")).setValue(DisagreementTopic.IDP);
            byId(TextArea.class, "dis-concern").setValue("Nid yw’r cynllun yn rhoi therapi lleferydd iddo.");
            _click(byId(Button.class, "dis-log"));
            assertThat(OpenNotices.successes()).contains(
                    "Mae eich pryder wedi’i gofnodi; dywedwyd wrth y cyngor a bydd yn rhoi swyddog cyswllt i chi.");
            assertThat(of(pupilId)).hasSize(1);
            long id = of(pupilId).getFirst().getId();
            assertThat(byId(Span.class, "dis-" + id + "-status").getText()).isEqualTo("Wedi’i gofnodi");
            // the parent manages nothing
            assertThat(_find(Button.class, spec -> spec.withId("dis-" + id + "-assign"))).isEmpty();
            assertThat(noticesTo("lead.send.cy")).contains("notice.aln.disagreement.LOGGED");

            // the authority's lead SEND co-ordinator assigns the caseworker: informal resolution starts
            login("lead.send.cy");
            UI.getCurrent().setLocale(Translations.ENGLISH);
            UI.getCurrent().navigate("pupils/" + pupilId + "/aln");
            ((Select<String>) (Select<?>) select("dis-" + id + "-officer")).setValue("caseworker.cy");
            _click(byId(Button.class, "dis-" + id + "-assign"));
            assertThat(of(pupilId).getFirst().getStatus()).isEqualTo(DisagreementStatus.INFORMAL);
            assertThat(of(pupilId).getFirst().getLiaisonOfficer()).isEqualTo("caseworker.cy");
            assertThat(noticesTo("caseworker.cy")).contains("notice.aln.disagreement.INFORMAL");

            // a step with no outcome: the message beside the field, nothing changes
            Select<DisagreementStatus> next = (Select<DisagreementStatus>) (Select<?>) select("dis-" + id + "-next");
            next.setValue(DisagreementStatus.RESOLUTION_SERVICE);
            byId(DatePicker.class, "dis-" + id + "-on").setValue(today());
            _click(byId(Button.class, "dis-" + id + "-record"));
            assertThat(byId(TextArea.class, "dis-" + id + "-outcome").getErrorMessage())
                    .isEqualTo("Give the outcome of the current step.");
            assertThat(of(pupilId).getFirst().getStatus()).isEqualTo(DisagreementStatus.INFORMAL);
            byId(TextArea.class, "dis-" + id + "-outcome").setValue("Met the family and the school: no agreement.");
            _click(byId(Button.class, "dis-" + id + "-record"));
            assertThat(of(pupilId).getFirst().getStatus()).isEqualTo(DisagreementStatus.RESOLUTION_SERVICE);

            // on to the tribunal; the tribunal may not close before its hearing is dated
            next = (Select<DisagreementStatus>) (Select<?>) select("dis-" + id + "-next");
            assertThat(next.getListDataView().getItems()).containsExactly(DisagreementStatus.TRIBUNAL,
                    DisagreementStatus.CLOSED);
            next.setValue(DisagreementStatus.TRIBUNAL);
            byId(DatePicker.class, "dis-" + id + "-on").setValue(today());
            byId(TextArea.class, "dis-" + id + "-outcome").setValue("Mediation did not resolve it.");
            _click(byId(Button.class, "dis-" + id + "-record"));
            assertThat(of(pupilId).getFirst().getStatus()).isEqualTo(DisagreementStatus.TRIBUNAL);
            next = (Select<DisagreementStatus>) (Select<?>) select("dis-" + id + "-next");
            next.setValue(DisagreementStatus.CLOSED);
            byId(DatePicker.class, "dis-" + id + "-on").setValue(today());
            byId(TextArea.class, "dis-" + id + "-outcome").setValue("Appeal upheld.");
            _click(byId(Button.class, "dis-" + id + "-record"));
            assertThat(Confirming.told("confirm-dis-close")).contains("Hannah Carver", "Robin Hale");
            Confirming.confirm("confirm-dis-close");
            assertThat(select("dis-" + id + "-next").getErrorMessage())
                    .isEqualTo("Record the tribunal’s hearing date before its decision closes the disagreement.");
            assertThat(of(pupilId).getFirst().getStatus()).isEqualTo(DisagreementStatus.TRIBUNAL);
            byId(DatePicker.class, "dis-" + id + "-hearing-on").setValue(today().plusDays(40));
            _click(byId(Button.class, "dis-" + id + "-hearing-save"));
            assertThat(of(pupilId).getFirst().getHearingOn()).isEqualTo(today().plusDays(40));

            // the parent sees where it stands in plain Welsh, with its steps, and was told in Welsh
            login("parent.cy");
            UI.getCurrent().setLocale(Translations.WELSH);
            UI.getCurrent().navigate("pupils/" + pupilId + "/aln");
            assertThat(byId(Paragraph.class, "dis-" + id + "-plain").getText())
                    .isEqualTo("Mae hyn wedi mynd i Dribiwnlys Addysg Cymru, a fydd yn penderfynu.");
            assertThat(byId(UnorderedList.class, "dis-" + id + "-steps").getElement().getTextRecursively())
                    .contains("Dechreuodd datrys anffurfiol", "Canlyniad: Met the family", "Gwrandawiad y tribiwnlys");
            assertThat(byId(Div.class, "dis-" + id).getElement().getTextRecursively()).contains("Robin Hale");
            assertThat(noticesTo("parent.cy").subList(parentNoticesBefore, noticesTo("parent.cy").size()))
                    .containsExactly("notice.aln.disagreement.INFORMAL", "notice.aln.disagreement.RESOLUTION_SERVICE",
                            "notice.aln.disagreement.TRIBUNAL", "notice.aln.disagreement.HEARING");
        } finally {
            demo.unlinkParent("parent.cy", pupilId);
        }
    }

    @Test
    void another_family_and_another_authority_are_refused_and_audited() {
        long pupilId = scenarios.freshPupil(AlnScenarios.SCHOOL);
        // the Welsh demo parent, not this child's
        login("parent.cy");
        UI.getCurrent().navigate("pupils/" + pupilId + "/aln");
        assertThat(_find(AccessRefusedView.class)).hasSize(1);
        assertThatThrownBy(() -> service.log(pupilId, new DisagreementRules.ConcernInput(DisagreementTopic.IDP,
                today(), "Not mine"))).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("parent.cy", "ALN_DISAGREEMENT_LOG", pupilId, "DENIED")).isEqualTo(1);
        assertThat(of(pupilId)).isEmpty();

        // the school logs one on the young person's behalf
        SignIn.as(accounts, "senco.cy");
        long id = service.log(pupilId, new DisagreementRules.ConcernInput(DisagreementTopic.ALN_DECISION, today(),
                "The young person disagrees with the decision of no ALN."));
        // an English authority's officer may neither read nor assign
        SignIn.as(accounts, "caseworker");
        assertThatThrownBy(() -> service.forPupil(pupilId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.assign(id, 0, "caseworker")).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("caseworker", "ALN_DISAGREEMENT_ASSIGN", pupilId, "DENIED")).isEqualTo(1);
        // nor may the school manage it
        SignIn.as(accounts, "senco.cy");
        assertThatThrownBy(() -> service.step(id, 0, DisagreementStatus.INFORMAL, today(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(of(pupilId).getFirst().getStatus()).isEqualTo(DisagreementStatus.LOGGED);
    }
}
