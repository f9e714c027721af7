package org.waymark.plans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.base.ui.Translations;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanDirectory.ProvisionHours;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;
import org.waymark.plans.service.ProvisionReportService;
import org.waymark.plans.service.ProvisionReportService.SchoolProvision;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;

/**
 * Issue 16, point 6: hours of additional learning provision per school by language of delivery
 * and grouping, from the IDPs in force — an agreed version counts, a draft under review does
 * not until it is agreed, a ceased plan drops out; each reader sees their own schools only.
 */
class ProvisionReportKaribuIT extends KaribuTest {

    private static final String SCHOOL = "Ysgol Gymraeg Pen-y-bryn";

    @Autowired DemoPupils demo;
    @Autowired PlanService plans;
    @Autowired ProvisionReportService report;

    /** (language, grouping) → [pupils, hours] at the school, as the report gives it now. */
    private Map<String, BigDecimal[]> linesAt(long schoolId) {
        Map<String, BigDecimal[]> lines = new HashMap<>();
        report.alpBySchool().stream().filter(s -> s.schoolId() == schoolId).flatMap(s -> s.lines().stream())
                .forEach(l -> lines.put(l.language() + "/" + l.groupSize(),
                        new BigDecimal[] {BigDecimal.valueOf(l.pupils()), l.hoursPerWeek()}));
        return lines;
    }

    private static BigDecimal[] line(Map<String, BigDecimal[]> lines, DeliveryLanguage language, GroupSize group) {
        return lines.getOrDefault(language + "/" + group, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    }

    private PlanContent provision(String welshOneToOneHours) {
        LocalDate by = today().plusMonths(9);
        return PlanContent.empty()
                .withOutcomes(List.of(new PlanContent.Outcome("O1", "Reads a short book aloud", by),
                        new PlanContent.Outcome("O2", "Asks for help in class", by)))
                .withProvisions(List.of(
                        new PlanContent.Provision("O1", "Reading with an adult", "Teaching assistant", "Daily",
                                new BigDecimal(welshOneToOneHours), new BigDecimal("2000"), DeliveryLanguage.WELSH,
                                GroupSize.ONE_TO_ONE),
                        new PlanContent.Provision("O2", "Talk group", "ALNCo", "Weekly", new BigDecimal("1"),
                                new BigDecimal("400"), DeliveryLanguage.BILINGUAL, GroupSize.GROUP)));
    }

    @Test
    void an_agreed_idp_adds_its_hours_by_language_and_grouping_a_draft_waits_and_a_ceased_plan_drops_out() {
        login("senco.cy");
        long schoolId = demo.schoolId(SCHOOL);
        long pupilId = demo.pupilWithoutPlans(SCHOOL);
        Map<String, BigDecimal[]> before = linesAt(schoolId);

        long planId = plans.startPlan(pupilId, PlanType.IDP_SCHOOL);
        plans.saveDraft(planId, plans.open(planId).shownVersionLock(), provision("2.5"));
        assertThat(linesAt(schoolId)).as("a draft is not provision in force").usingRecursiveComparison()
                .isEqualTo(before);

        plans.agree(planId);
        Map<String, BigDecimal[]> agreed = linesAt(schoolId);
        BigDecimal[] b1 = line(before, DeliveryLanguage.WELSH, GroupSize.ONE_TO_ONE);
        BigDecimal[] a1 = line(agreed, DeliveryLanguage.WELSH, GroupSize.ONE_TO_ONE);
        assertThat(a1[0].subtract(b1[0])).isEqualByComparingTo("1");
        assertThat(a1[1].subtract(b1[1])).isEqualByComparingTo("2.5");
        BigDecimal[] b2 = line(before, DeliveryLanguage.BILINGUAL, GroupSize.GROUP);
        BigDecimal[] a2 = line(agreed, DeliveryLanguage.BILINGUAL, GroupSize.GROUP);
        assertThat(a2[0].subtract(b2[0])).isEqualByComparingTo("1");
        assertThat(a2[1].subtract(b2[1])).isEqualByComparingTo("1");

        // a review's draft changes nothing until it is agreed
        plans.startReview(planId);
        plans.saveDraft(planId, plans.open(planId).shownVersionLock(), provision("4"));
        assertThat(line(linesAt(schoolId), DeliveryLanguage.WELSH, GroupSize.ONE_TO_ONE)[1]).isEqualByComparingTo(a1[1]);
        plans.agree(planId);
        assertThat(line(linesAt(schoolId), DeliveryLanguage.WELSH, GroupSize.ONE_TO_ONE)[1].subtract(b1[1]))
                .isEqualByComparingTo("4");

        plans.cease(planId, "Moved to another county");
        Map<String, BigDecimal[]> ceased = linesAt(schoolId);
        assertThat(line(ceased, DeliveryLanguage.WELSH, GroupSize.ONE_TO_ONE)[1]).isEqualByComparingTo(b1[1]);
        assertThat(line(ceased, DeliveryLanguage.BILINGUAL, GroupSize.GROUP)[0]).isEqualByComparingTo(b2[0]);
    }

    @Test
    void each_reader_sees_their_own_schools_and_parents_are_refused() {
        login("senco.cy");
        assertThat(report.alpBySchool()).extracting(SchoolProvision::schoolId)
                .containsOnly(demo.schoolId(SCHOOL));
        login("family.senco.cy");
        long family = demo.familyOf(SCHOOL);
        List<SchoolProvision> cluster = report.alpBySchool();
        assertThat(cluster).isNotEmpty();
        assertThat(cluster).allSatisfy(s -> assertThat(demo.familyOfSchool(s.schoolId())).isEqualTo(family));
        login("caseworker.cy");
        Set<Long> families = report.alpBySchool().stream().map(s -> demo.familyOfSchool(s.schoolId()))
                .collect(Collectors.toSet());
        assertThat(families).as("the authority's officer sees both clusters").hasSize(2);
        login("caseworker"); // an English county has no IDPs
        assertThat(report.alpBySchool()).isEmpty();
        login("parent.cy");
        assertThatThrownBy(report::alpBySchool).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_report_page_shows_a_table_per_school_and_the_csv_is_headed_in_the_readers_language() {
        login("caseworker.cy");
        UI.getCurrent().setLocale(Translations.WELSH);
        UI.getCurrent().navigate("plans/provision");
        List<SchoolProvision> schools = report.alpBySchool();
        assertThat(_find(H3.class).stream().map(H3::getText).toList())
                .contains(schools.getFirst().schoolName() + ": "
                        + schools.getFirst().hoursPerWeek().stripTrailingZeros().toPlainString() + " awr yr wythnos");
        @SuppressWarnings("unchecked")
        Grid<ProvisionHours> first = _get(Grid.class, spec -> spec.withId("alp-lines-" + schools.getFirst().schoolId()));
        assertThat(first.getGenericDataView().getItems().toList()).isEqualTo(schools.getFirst().lines());

        String csv = new String(report.alpCsv(Translations.WELSH), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("Ysgol,Iaith y ddarpariaeth,Grwpio,Disgyblion,Oriau’r wythnos");
        ProvisionHours line = schools.getFirst().lines().getFirst();
        assertThat(csv).contains(schools.getFirst().schoolName() + ","
                + Translations.label(line.language()) + ",");
    }
}
