package org.waymark.panels.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.util.Objects;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.RouteIds;
import org.waymark.panels.domain.DecisionLetter;
import org.waymark.panels.service.LetterService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The decision letters sent about a child: for the child's parents, school, family and authority. */
@ForSchemes({Scheme.DESCRIPTOR_TOP_UP, Scheme.RESOURCE_ALLOCATION})
@Route("pupils/:pupilId/letters")
@RolesAllowed({Roles.PARENT, Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER})
public class PupilLettersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LetterService letters;

    public PupilLettersView(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long pupilId = RouteIds.id(event.getRouteParameters(), "pupilId");
        removeAll();
        add(new H2(getTranslation("letter.ofPupil")));
        UnorderedList list = new UnorderedList();
        list.setId("pupil-letters");
        for (LetterService.PupilLetter sent : letters.ofPupil(pupilId)) {
            DecisionLetter letter = sent.letter();
            long letterId = Objects.requireNonNull(letter.getId());
            Span outcome = new Span(DecisionWords.of(sent.decided()) + " · ");
            outcome.setId("pupil-letter-outcome-" + letterId);
            list.add(new ListItem(outcome, new Span(getTranslation("letter.sentOn",
                    Dates.DAY_MONTH_YEAR.format(Objects.requireNonNull(letter.getSentOn()))) + " "),
                    DownloadLink.of(getTranslation("letter.download"), "pupil-letter-" + letterId, () -> {
                        LetterService.LetterFile f = letters.file(letterId);
                        return new DownloadLink.File(f.fileName(), "application/pdf", f.bytes());
                    })));
        }
        if (list.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation("letter.noneForPupil")));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("letter.ofPupil");
    }
}
