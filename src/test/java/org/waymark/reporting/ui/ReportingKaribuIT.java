package org.waymark.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.Confirming;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Translations;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.reporting.domain.ReportFilter;
import org.waymark.reporting.domain.ReportTable;
import org.waymark.reporting.service.DashboardService;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;

/**
 * The dashboard, what-if and restrictive practice screens per role: each chart an image named by
 * its title beside a table of the same figures and a CSV link; a school's table holds its school
 * only; the filter narrows; Welsh throughout for a Welsh reader; parents kept out.
 */
class ReportingKaribuIT extends KaribuTest {

    private static final String LARKFIELD = "Larkfield Primary School";

    @Autowired DashboardService dashboard;
    @Autowired DemoPupils demo;
    @Autowired org.waymark.reporting.service.RestrictivePracticeService restrictive;

    /** The row labels of a figure's data table, as a screen reader reads them. */
    private static List<String> rowLabels(String tableId) {
        List<String> labels = new ArrayList<>();
        Div figure = _get(Div.class, spec -> spec.withId("figure-" + tableId));
        collect(figure.getElement(), labels);
        return labels;
    }

    private static void collect(Element element, List<String> labels) {
        if (element.isTextNode()) {
            return;
        }
        if ("th".equals(element.getTag()) && "row".equals(element.getAttribute("scope"))) {
            labels.add(element.getText());
        }
        element.getChildren().forEach(child -> collect(child, labels));
    }

    private ReportTable table(String id, ReportFilter filter, Locale locale) {
        return dashboard.dashboard(filter, locale).tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void the_authority_sees_every_figure_as_a_named_chart_beside_its_table_with_a_csv() {
        login("caseworker");
        UI.getCurrent().navigate("reports");
        assertThat(_get(H2.class, spec -> spec.withId("report-heading")).getText()).isEqualTo("Reports");
        Div figure = _get(Div.class, spec -> spec.withId("figure-pupils-need"));
        Html chart = _get(figure, Html.class);
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-labelledby")).isEqualTo("chart-pupils-need-title");
        ReportTable expected = table("pupils-need", ReportFilter.year(Dates.financialYearOf(today())), Locale.ENGLISH);
        assertThat(rowLabels("pupils-need")).isEqualTo(expected.rows().stream().map(ReportTable.Row::label).toList());
        assertThat(_find(Anchor.class, spec -> spec.withId("csv-pupils-need"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("figure-spend"))).hasSize(1);
        // EHC assessments' timeliness is filled by the ehc feature: a chart, not the "not yet available" note
        assertThat(_find(Div.class, spec -> spec.withId("figure-assessments"))).hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withId("gap-assessments"))).isEmpty();
    }

    @Test
    void a_school_sees_its_own_school_and_the_need_filter_narrows_it() {
        login("senco");
        UI.getCurrent().navigate("reports");
        assertThat(rowLabels("pupils-school")).containsExactly(LARKFIELD);
        @SuppressWarnings("unchecked")
        ComboBox<AreaOfNeed> area = _get(ComboBox.class, spec -> spec.withId("filter-area"));
        _setValue(area, AreaOfNeed.SENSORY_MEDICAL_PHYSICAL);
        click("filter-show");
        ReportTable narrowed = table("pupils-need", new ReportFilter(Dates.financialYearOf(today()), null, null,
                AreaOfNeed.SENSORY_MEDICAL_PHYSICAL, null), Locale.ENGLISH);
        assertThat(rowLabels("pupils-need")).isEqualTo(narrowed.rows().stream().map(ReportTable.Row::label).toList())
                .hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void a_welsh_reader_gets_the_dashboard_in_welsh() {
        login("senco.cy");
        UI.getCurrent().setLocale(Translations.WELSH);
        UI.getCurrent().navigate("reports");
        assertThat(_get(H2.class, spec -> spec.withId("report-heading")).getText()).isEqualTo("Adroddiadau");
        assertThat(_get(Div.class, spec -> spec.withId("figure-referrals")).getElement().toString())
                .contains("Atgyfeiriadau ADY");
        UI.getCurrent().setLocale(Translations.ENGLISH);
    }

    @Test
    void a_parent_cannot_open_the_dashboard_or_the_what_if() {
        login("parent");
        assertThatThrownBy(() -> UI.getCurrent().navigate("reports"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("reports/what-if"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }

    @Test
    void the_what_if_shows_the_change_per_family_and_for_the_authority() {
        login("lead.send");
        UI.getCurrent().navigate("reports/what-if");
        click("whatif-run");
        List<String> rows = rowLabels("what-if");
        assertThat(rows).isNotEmpty().last().isEqualTo("Whole authority");
    }

    @Test
    void the_school_records_an_incident_after_confirming_and_bad_input_stays_beside_its_field() {
        login("parent");
        long child = demo.childOf("parent");
        login("senco");
        UI.getCurrent().navigate("pupils/" + child + "/restrictive-practice");
        int before = _find(Div.class, spec -> spec.withClasses("wm-card")).size();
        _setValue(_get(IntegerField.class, spec -> spec.withId("restrictive-minutes")), 0);
        _setValue(_get(TextField.class, spec -> spec.withId("restrictive-staff")), "Mr Oakes");
        _setValue(_get(TextArea.class, spec -> spec.withId("restrictive-what")), "Held by the arm on the stairs.");
        click("restrictive-save");
        Confirming.confirm("confirm-restrictive");
        assertThat(_get(IntegerField.class, spec -> spec.withId("restrictive-minutes")).isInvalid()).isTrue();
        assertThat(_find(Div.class, spec -> spec.withClasses("wm-card"))).hasSize(before);
        _setValue(_get(IntegerField.class, spec -> spec.withId("restrictive-minutes")), 3);
        click("restrictive-save");
        Confirming.confirm("confirm-restrictive");
        assertThat(_find(Div.class, spec -> spec.withClasses("wm-card"))).hasSize(before + 1);
        long newest = java.util.Objects.requireNonNull(restrictive.incidents(child).getFirst().getId());
        String debrief = "incident-" + newest + "-debrief";
        _setValue(_get(TextField.class, spec -> spec.withId(debrief + "-text")), "");
        click(debrief + "-save");
        assertThat(_get(TextField.class, spec -> spec.withId(debrief + "-text")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId(debrief + "-text")), "Talked about the stairs.");
        click(debrief + "-save");
        assertThat(_find(TextField.class, spec -> spec.withId(debrief + "-text"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("incident-" + newest)).getElement().getTextRecursively())
                .contains("Talked about the stairs.");

        login("parent");
        UI.getCurrent().navigate("pupils/" + child + "/restrictive-practice");
        assertThat(_find(Div.class, spec -> spec.withClasses("wm-card"))).hasSize(before + 1);
        assertThat(_find(Button.class, spec -> spec.withId("restrictive-save"))).isEmpty();
    }
}
