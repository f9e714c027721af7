package org.waymark.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.KaribuTest;
import org.waymark.base.ui.Translations;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermBreak;
import org.waymark.organisation.domain.TermName;
import org.waymark.organisation.service.OrganisationService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;

/**
 * The administrator enters breaks in term (half-terms): inside a term or refused beside the
 * field; the authority's calendar then counts no school days in them.
 */
class CalendarBreaksKaribuIT extends KaribuTest {

    @Autowired LocalAuthorityRepository authorities;
    @Autowired OrganisationService organisation;

    private LocalAuthority glanmor() {
        return authorities.findByCode("GLM").orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_welsh_administrator_adds_and_removes_a_break_and_school_days_stop_over_it() {
        LocalAuthority before = glanmor();
        // the demo county has entered its usual half-term weeks
        assertThat(before.breaksInOrder()).isNotEmpty();
        Term lastAutumn = before.termsInOrder().stream().filter(t -> t.termName() == TermName.AUTUMN)
                .reduce((a, b) -> b).orElseThrow();
        LocalDate inset = lastAutumn.startDate();
        int held = before.breaksInOrder().size();

        login("admin.cy");
        UI.getCurrent().setLocale(Translations.WELSH);
        UI.getCurrent().navigate(CalendarView.class);
        Grid<TermBreak> breaks = _get(Grid.class, spec -> spec.withId("calendar-breaks"));
        assertThat(breaks.getGenericDataView().getItems().count()).isEqualTo(held);

        // in the summer holiday, in no term: refused beside the first day, in Welsh, nothing stored
        DatePicker start = _get(DatePicker.class, spec -> spec.withId("break-start"));
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("break-end"));
        start.setValue(lastAutumn.startDate().minusDays(10));
        end.setValue(lastAutumn.startDate().minusDays(9));
        _click(_get(Button.class, spec -> spec.withId("break-add")));
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).startsWith("Mae egwyl yn dod o fewn un tymor");
        assertThat(glanmor().breaksInOrder()).hasSize(held);

        // a training day on the first day of term
        start.setValue(inset);
        end.setValue(inset);
        _click(_get(Button.class, spec -> spec.withId("break-add")));
        assertThat(start.isInvalid()).isFalse();
        assertThat(glanmor().breaksInOrder()).hasSize(held + 1).contains(new TermBreak(inset, inset));
        var calendar = organisation.calendarOf(before.getId());
        assertThat(calendar.isSchoolDay(inset)).isFalse();
        assertThat(calendar.termContaining(inset)).contains(lastAutumn);

        // the term's dates cannot move so as to leave the break outside it; nothing changes
        org.waymark.organisation.service.CalendarService calendarService =
                context.getBean(org.waymark.organisation.service.CalendarService.class);
        int version = glanmor().getVersion();
        try {
            calendarService.saveTerm(version, lastAutumn.academicYear(), TermName.AUTUMN, inset.plusDays(7),
                    lastAutumn.endDate());
            throw new AssertionError("a term leaving its break outside was saved");
        } catch (org.waymark.base.domain.ValidationException e) {
            assertThat(e.violations()).extracting(v -> v.messageKey()).containsExactly("calendar.breakLeftOut");
        }
        assertThat(glanmor().termsInOrder()).contains(lastAutumn);

                // the same day again replaces it; an overlapping break is refused
        start.setValue(inset);
        end.setValue(inset.plusDays(1));
        _click(_get(Button.class, spec -> spec.withId("break-add")));
        assertThat(glanmor().breaksInOrder()).hasSize(held + 1).contains(new TermBreak(inset, inset.plusDays(1)));
        start.setValue(inset.plusDays(1));
        end.setValue(inset.plusDays(1));
        _click(_get(Button.class, spec -> spec.withId("break-add")));
        assertThat(start.getErrorMessage()).startsWith("Mae’r egwyl yn gorgyffwrdd");

        // removed again: a school day once more
        breaks = _get(Grid.class, spec -> spec.withId("calendar-breaks"));
        int row = breaks.getGenericDataView().getItems().toList().indexOf(new TermBreak(inset, inset.plusDays(1)));
        Button remove = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(breaks, row, "remove");
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Tynnu’r egwyl o "
                + org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(inset) + " i "
                + org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(inset.plusDays(1)));
        _click(remove);
        assertThat(glanmor().breaksInOrder()).hasSize(held);
        assertThat(organisation.calendarOf(before.getId()).isSchoolDay(inset)).isTrue();
    }
}
