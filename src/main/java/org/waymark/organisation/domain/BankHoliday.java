package org.waymark.organisation.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.waymark.base.domain.BankHolidayCalendar;

/** One bank holiday in one published calendar. */
public record BankHoliday(@Id @Nullable Long id, BankHolidayCalendar calendar, LocalDate holidayDate, String name,
                          @Version @Nullable Integer version) {
}
