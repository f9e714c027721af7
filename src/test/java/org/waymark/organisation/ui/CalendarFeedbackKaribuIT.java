package org.waymark.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.organisation.service.CalendarService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

/** The calendar: a refusal beside its field and no success; the next success clears it and says so. */
class CalendarFeedbackKaribuIT extends KaribuTest {

    @Autowired CalendarService calendar;

    @Test
    void a_bank_holiday_without_a_name_is_refused_beside_the_name_then_added() {
        login("admin.sc");
        UI.getCurrent().navigate(CalendarView.class);
        int y = calendar.bankHolidays().stream().map(h -> h.holidayDate().getYear()).max(Integer::compare)
                .orElse(today().getYear()) + 2;
        LocalDate day = LocalDate.of(y, 11, 30);
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("holiday-date"));
        TextField name = _get(TextField.class, spec -> spec.withId("holiday-name"));
        date.setValue(day);
        _click(_get(Button.class, spec -> spec.withId("holiday-add")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the bank holiday a name of up to 100 characters.");
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(OpenNotices.errors()).containsExactly("Nothing was saved: put right what is marked.");
        assertThat(calendar.bankHolidays()).noneMatch(h -> h.holidayDate().equals(day));

        name.setValue("St Andrew’s Day");
        _click(_get(Button.class, spec -> spec.withId("holiday-add")));
        assertThat(calendar.bankHolidays()).anyMatch(h -> h.holidayDate().equals(day));
        assertThat(name.isInvalid()).isFalse();
        assertThat(OpenNotices.texts()).containsExactly("The bank holiday is added.");
    }
}
