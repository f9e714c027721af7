package org.waymark.base.ui;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;

/** A date picker whose calendar, formats and messages follow the reader's language. */
public final class LocalisedDatePicker {

    private LocalisedDatePicker() {
    }

    public static DatePicker create(String labelKey) {
        DatePicker picker = new DatePicker(I18NProvider.translate(labelKey));
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(split("datepicker.months"))
                .setWeekdays(split("datepicker.weekdays"))
                .setWeekdaysShort(split("datepicker.weekdaysShort"))
                .setFirstDayOfWeek(1)
                .setToday(I18NProvider.translate("datepicker.today"))
                .setCancel(I18NProvider.translate("datepicker.cancel"))
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd")
                .setBadInputErrorMessage(I18NProvider.translate("datepicker.badInput"))
                .setRequiredErrorMessage(I18NProvider.translate("validation.required"))
                // a date outside the picker's range is never only red: it says why
                .setMinErrorMessage(I18NProvider.translate("datepicker.tooEarly"))
                .setMaxErrorMessage(I18NProvider.translate("datepicker.tooLate")));
        picker.setPlaceholder(I18NProvider.translate("datepicker.placeholder"));
        return picker;
    }

    /** The latest date the picker takes, and what it says when a later one is entered. */
    public static void latest(DatePicker picker, java.time.LocalDate max, String messageKey) {
        picker.setMax(max);
        picker.setI18n(picker.getI18n().setMaxErrorMessage(I18NProvider.translate(messageKey)));
    }

    private static List<String> split(String key) {
        return List.of(I18NProvider.translate(key).split(","));
    }
}
