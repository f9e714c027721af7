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

    /** The calendar year the last term held (the demo's, generated around today) ends in. */
    private int lastYearHeld() {
        return scotland().termsInOrder().getLast().endDate().getYear();
    }

    /** The lines of a term file for the academic year after the last one held, with {@code y} its first year. */
    private static String termFile(int y, String... lines) {
        return "academic_year,term,start,end\n" + String.join("\n", lines).replace("Y0", String.valueOf(y))
                .replace("Y1", String.valueOf(y + 1)).replace("YY", y + "/" + String.format("%02d", (y + 1) % 100))
                + "\n";
    }

    @Test
    @SuppressWarnings("unchecked")
    void terms_are_edited_and_imported_all_or_nothing() {
        login("admin.sc");
        UI.getCurrent().navigate(CalendarView.class);
        CalendarView view = _get(CalendarView.class);
        long before = scotland().termsInOrder().size();
        int y = lastYearHeld();
        String year = y + "/" + String.format("%02d", (y + 1) % 100);

        // a broken file: every problem listed by line, nothing stored
        view.importTerms(termFile(y, "YY,AUTUMN,Y0-08-16,Y0-12-21", "YY,WINTER,Y1-01-08,Y1-03-29",
                "YY,SUMMER,Y1-04-16,Y1-04-01").getBytes(StandardCharsets.UTF_8));
        String problems = _get(Div.class, spec -> spec.withId("calendar-problems")).getElement().getTextRecursively();
        assertThat(problems).contains("Line 3, column term: “WINTER” is not AUTUMN, SPRING or SUMMER.")
                .contains("Line 4, column end: the term ends before it starts.");
        assertThat(scotland().termsInOrder()).hasSize((int) before);

        // a good file
        view.importTerms(termFile(y, "YY,AUTUMN,Y0-08-16,Y0-12-21", "YY,SPRING,Y1-01-08,Y1-03-29",
                "YY,SUMMER,Y1-04-16,Y1-06-28").getBytes(StandardCharsets.UTF_8));
        assertThat(scotland().termsInOrder()).hasSize((int) before + 3);

        // one term by hand; an overlap with a term held is refused with its message
        _get(TextField.class, spec -> spec.withId("term-year")).setValue(year);
        ((Select<TermName>) _get(Select.class, spec -> spec.withId("term-name"))).setValue(TermName.SUMMER);
        _get(DatePicker.class, spec -> spec.withId("term-start")).setValue(LocalDate.of(y + 1, 3, 20));
        _get(DatePicker.class, spec -> spec.withId("term-end")).setValue(LocalDate.of(y + 1, 6, 28));
        _click(_get(Button.class, spec -> spec.withId("term-save")));
        // the message stands beside the start date
        assertThat(_get(DatePicker.class, spec -> spec.withId("term-start")).getErrorMessage())
                .contains("would overlap a term already held");
        _get(DatePicker.class, spec -> spec.withId("term-start")).setValue(LocalDate.of(y + 1, 4, 17));
        _click(_get(Button.class, spec -> spec.withId("term-save")));
        assertThat(scotland().termsInOrder()).filteredOn(t -> t.academicYear().equals(year)
                && t.termName() == TermName.SUMMER).extracting(Term::startDate).containsExactly(LocalDate.of(y + 1, 4, 17));

        // a stale page: someone else saved meanwhile, so this one's change is a conflict
        int stale = scotland().getVersion() - 1;
        assertThatThrownBy(() -> calendar.removeTerm(stale, year, TermName.SUMMER))
                .isInstanceOf(org.waymark.base.domain.ConflictException.class);
    }

    @Test
    void bank_holidays_are_added_once() {
        login("admin.sc");
        UI.getCurrent().navigate(CalendarView.class);
        // a year after every bank holiday held (the demo's reach as far as its terms)
        int y = lastYearHeld() + 1;
        LocalDate standrews = LocalDate.of(y, 11, 30);
        _get(DatePicker.class, spec -> spec.withId("holiday-date")).setValue(standrews);
        _get(TextField.class, spec -> spec.withId("holiday-name")).setValue("St Andrew’s Day");
        _click(_get(Button.class, spec -> spec.withId("holiday-add")));
        assertThat(calendar.bankHolidays()).anyMatch(h -> h.holidayDate().equals(standrews));
        _click(_get(Button.class, spec -> spec.withId("holiday-add")));
        // the message stands beside the date
        assertThat(_get(DatePicker.class, spec -> spec.withId("holiday-date")).getErrorMessage())
                .contains("There is already a bank holiday on 30/11/" + y + ".");

        // a file: refused whole with its line, then taken
        CalendarView view = _get(CalendarView.class);
        view.importHolidays(("date,name\n" + (y + 1) + "-01-01,New Year’s Day\n" + (y + 1) + "-13-02,2nd January\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Div.class, spec -> spec.withId("calendar-problems")).getElement().getTextRecursively())
                .contains("Line 3, column date");
        assertThat(calendar.bankHolidays()).noneMatch(h -> h.holidayDate().equals(LocalDate.of(y + 1, 1, 1)));
        view.importHolidays(("date,name\n" + (y + 1) + "-01-01,New Year’s Day\n" + (y + 1) + "-01-02,2nd January\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(calendar.bankHolidays()).anyMatch(h -> h.holidayDate().equals(LocalDate.of(y + 1, 1, 2)));
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
