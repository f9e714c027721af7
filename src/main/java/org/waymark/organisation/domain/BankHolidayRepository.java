package org.waymark.organisation.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.waymark.base.domain.BankHolidayCalendar;

public interface BankHolidayRepository extends ListCrudRepository<BankHoliday, Long> {

    List<BankHoliday> findByCalendarAndHolidayDateBetweenOrderByHolidayDate(BankHolidayCalendar calendar,
                                                                            LocalDate from, LocalDate to);

    long countByCalendar(BankHolidayCalendar calendar);

    boolean existsByCalendarAndHolidayDate(BankHolidayCalendar calendar, LocalDate date);

    List<BankHoliday> findByCalendarOrderByHolidayDate(BankHolidayCalendar calendar);
}
