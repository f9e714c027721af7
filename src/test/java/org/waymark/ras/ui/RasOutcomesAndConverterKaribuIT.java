package org.waymark.ras.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.RasScenarios;
import org.waymark.ras.domain.OutcomesStatus;
import org.waymark.ras.domain.RasFramework;
import org.waymark.ras.domain.RasFrameworkRepository;
import org.waymark.ras.domain.RasFitRepository;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The RAS county's administrator imports outcomes (a bad file lists its problems by line and changes
 * nothing; a good one becomes the draft) and publishes them; the personalisation officer re-fits the
 * converter, sees every open case's change first, and adopts it; a case co-ordinator reads the fit
 * but has no re-fit.
 */
class RasOutcomesAndConverterKaribuIT extends KaribuTest {

    @Autowired RasFrameworkRepository frameworks;
    @Autowired RasFitRepository fits;
    @Autowired RasScenarios scenarios;

    private long laId() {
        return frameworks.findAll().stream().filter(f -> f.getStatus() == OutcomesStatus.PUBLISHED)
                .map(RasFramework::getLocalAuthorityId).findFirst().orElseThrow();
    }

    @Test
    void the_administrator_imports_outcomes_problems_by_line_and_publishes_them() throws Exception {
        login("admin.gl");
        UI.getCurrent().navigate(RasOutcomesView.class);
        RasOutcomesView view = _get(RasOutcomesView.class);
        long laId = laId();
        int versions = frameworks.findByLocalAuthorityIdOrderByVersionNoDesc(laId).size();
        String bad = "kind,code,name,weight,level,description\noutcome,TALK,Talking,0,,\nlevel,TALK,,,1,Some\n";
        view.importFrom(bad.getBytes(StandardCharsets.UTF_8));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Line 2: The weight must be a whole number from 1 to 20.");
        assertThat(frameworks.findByLocalAuthorityIdOrderByVersionNoDesc(laId)).hasSize(versions);
        byte[] good;
        try (var in = getClass().getResourceAsStream("/demo/ras-outcomes.csv")) {
            good = in.readAllBytes();
        }
        _get(RasOutcomesView.class).importFrom(good);
        var all = frameworks.findByLocalAuthorityIdOrderByVersionNoDesc(laId);
        assertThat(all).hasSize(versions + 1);
        RasFramework draft = all.getFirst();
        assertThat(draft.getStatus()).isEqualTo(OutcomesStatus.DRAFT);
        _click(_get(Button.class, spec -> spec.withId("ras-publish-" + draft.getVersionNo())));
        Confirming.confirm("confirm-ras-publish");
        assertThat(frameworks.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(OutcomesStatus.PUBLISHED);
        assertThat(frameworks.findByLocalAuthorityIdOrderByVersionNoDesc(laId).stream()
                .filter(f -> f.getStatus() == OutcomesStatus.PUBLISHED)).hasSize(1);
    }

    @Test
    void the_administrator_sets_the_limit_and_rates_a_bad_rate_refused_beside_its_field() {
        login("admin.gl");
        UI.getCurrent().navigate(RasOutcomesView.class);
        var limit = _get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                spec -> spec.withId("ras-settings-limit"));
        var firstRate = _get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                spec -> spec.withId("ras-rate-amount-0"));
        java.math.BigDecimal rate = firstRate.getValue();
        firstRate.setValue(java.math.BigDecimal.ZERO);
        _click(_get(Button.class, spec -> spec.withId("ras-settings-save")));
        firstRate = _get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                spec -> spec.withId("ras-rate-amount-0"));
        assertThat(firstRate.isInvalid()).isTrue();
        firstRate.setValue(rate);
        limit.setValue(new java.math.BigDecimal("10363.00"));
        _click(_get(Button.class, spec -> spec.withId("ras-settings-save")));
        assertThat(_get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                spec -> spec.withId("ras-rate-amount-0")).getValue()).isEqualByComparingTo(rate);
        login("caseworker.gl");
        UI.getCurrent().navigate(RasOutcomesView.class);
        assertThat(_find(Button.class, spec -> spec.withId("ras-settings-save"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_personalisation_officer_previews_a_refit_on_open_cases_then_adopts_it() {
        long caseId = scenarios.submitted(scenarios.freshPupil(), 2, 1, 1);
        login("caseworker.gl");
        UI.getCurrent().navigate(RasConverterView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("ras-fit-adopted")).getText()).startsWith("Adopted fit");
        assertThat(_find(Button.class, spec -> spec.withId("ras-adopt"))).isEmpty();

        login("personalisation.gl");
        UI.getCurrent().navigate(RasConverterView.class);
        long before = fits.findAll().size();
        _get(IntegerField.class, spec -> spec.withId("ras-band-width")).setValue(8);
        _click(_get(Button.class, spec -> spec.withId("ras-preview")));
        Grid<org.waymark.ras.service.ConverterService.Change> changes = _get(Grid.class,
                spec -> spec.withId("ras-fit-changes"));
        assertThat(changes.getGenericDataView().getItems().map(c -> c.caseId())).contains(caseId);
        assertThat(fits.findAll()).hasSize((int) before); // nothing kept by looking
        _click(_get(Button.class, spec -> spec.withId("ras-adopt")));
        Confirming.confirm("confirm-ras-adopt");
        assertThat(fits.findAll()).hasSize((int) before + 1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("ras-fit-adopted")).getText())
                .startsWith("Adopted fit: bands of 8 points");
        // back to the usual width, as the other tests expect
        _get(IntegerField.class, spec -> spec.withId("ras-band-width")).setValue(10);
        _click(_get(Button.class, spec -> spec.withId("ras-adopt")));
        Confirming.confirm("confirm-ras-adopt");
    }
}
