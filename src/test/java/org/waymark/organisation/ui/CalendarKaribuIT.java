package org.waymark.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.KaribuTest;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermName;
import org.waymark.organisation.service.CalendarService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** The administrator keeps the authority's term dates and bank holidays, by hand and from files. */
class CalendarKaribuIT extends KaribuTest {

    @Autowired LocalAuthorityRepository authorities;
    @Autowired CalendarService calendar;

    private LocalAuthority scotland() {
        return authorities.findByCode("ARD").orElseGet(() -> authorities.findAll().stream()
                .filter(a -> a.getNation() == org.waymark.base.domain.Nation.SCOTLAND).findFirst().orElseThrow());
    }

    @Test
    @SuppressWarnings("unchecked")
    void terms_are_edited_and_imported_all_or_nothing() {
        login("admin.sc");
        UI.getCurrent().navigate(CalendarView.class);
        CalendarView view = _get(CalendarView.class);
        long before = scotland().termsInOrder().size();

        // a broken file: every problem listed by line, nothing stored
        view.importTerms("""
                academic_year,term,start,end
                2028/29,AUTUMN,2028-08-16,2028-12-21
                2028/29,WINTER,2029-01-08,2029-03-29
                2028/29,SUMMER,2029-04-16,2029-04-01
                """.getBytes(StandardCharsets.UTF_8));
        String problems = _get(Div.class, spec -> spec.withId("calendar-problems")).getElement().getTextRecursively();
        assertThat(problems).contains("Line 3, column term: “WINTER” is not AUTUMN, SPRING or SUMMER.")
                .contains("Line 4, column end: the term ends before it starts.");
        assertThat(scotland().termsInOrder()).hasSize((int) before);

        // a good file
        view.importTerms("""
                academic_year,term,start,end
                2028/29,AUTUMN,2028-08-16,2028-12-21
                2028/29,SPRING,2029-01-08,2029-03-29
                2028/29,SUMMER,2029-04-16,2029-06-28
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(scotland().termsInOrder()).hasSize((int) before + 3);

        // one term by hand; an overlap with a term held is refused with its message
        _get(TextField.class, spec -> spec.withId("term-year")).setValue("2028/29");
        ((Select<TermName>) _get(Select.class, spec -> spec.withId("term-name"))).setValue(TermName.SUMMER);
        _get(DatePicker.class, spec -> spec.withId("term-start")).setValue(LocalDate.of(2029, 3, 20));
        _get(DatePicker.class, spec -> spec.withId("term-end")).setValue(LocalDate.of(2029, 6, 28));
        _click(_get(Button.class, spec -> spec.withId("term-save")));
        assertThat(_get(Div.class, spec -> spec.withId("calendar-problems")).getElement().getTextRecursively())
                .contains("would overlap a term already held");
        _get(DatePicker.class, spec -> spec.withId("term-start")).setValue(LocalDate.of(2029, 4, 17));
        _click(_get(Button.class, spec -> spec.withId("term-save")));
        assertThat(scotland().termsInOrder()).filteredOn(t -> t.academicYear().equals("2028/29")
                && t.termName() == TermName.SUMMER).extracting(Term::startDate).containsExactly(LocalDate.of(2029, 4, 17));

        // a stale page: someone else saved meanwhile, so this one's change is a conflict
        int stale = scotland().getVersion() - 1;
        assertThatThrownBy(() -> calendar.removeTerm(stale, "2028/29", TermName.SUMMER))
                .isInstanceOf(org.waymark.base.domain.ConflictException.class);
    }

    @Test
    void bank_holidays_are_added_once() {
        login("admin.sc");
        UI.getCurrent().navigate(CalendarView.class);
        _get(DatePicker.class, spec -> spec.withId("holiday-date")).setValue(LocalDate.of(2028, 11, 30));
        _get(TextField.class, spec -> spec.withId("holiday-name")).setValue("St Andrew’s Day");
        _click(_get(Button.class, spec -> spec.withId("holiday-add")));
        assertThat(calendar.bankHolidays()).anyMatch(h -> h.holidayDate().equals(LocalDate.of(2028, 11, 30)));
        _click(_get(Button.class, spec -> spec.withId("holiday-add")));
        assertThat(_get(Div.class, spec -> spec.withId("calendar-problems")).getElement().getTextRecursively())
                .contains("There is already a bank holiday on 30/11/2028.");

        // a file: refused whole with its line, then taken
        CalendarView view = _get(CalendarView.class);
        view.importHolidays("date,name\n2029-01-01,New Year’s Day\n2029-13-02,2nd January\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Div.class, spec -> spec.withId("calendar-problems")).getElement().getTextRecursively())
                .contains("Line 3, column date");
        assertThat(calendar.bankHolidays()).noneMatch(h -> h.holidayDate().equals(LocalDate.of(2029, 1, 1)));
        view.importHolidays("date,name\n2029-01-01,New Year’s Day\n2029-01-02,2nd January\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(calendar.bankHolidays()).anyMatch(h -> h.holidayDate().equals(LocalDate.of(2029, 1, 2)));
    }

    @Test
    void only_administrators_keep_the_calendar() {
        login("caseworker");
        assertThatThrownBy(() -> UI.getCurrent().navigate(CalendarView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> calendar.addBankHoliday(LocalDate.of(2030, 1, 1), "x"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
