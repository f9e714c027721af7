package org.waymark.aln.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.organisation.domain.CalendarFixtures;
import org.waymark.organisation.domain.SchoolCalendar;

/**
 * The 20-school-day referral clock on a Welsh county's calendar: its terms, its half-term weeks
 * (26-30 Oct, 15-19 Feb, 31 May-4 Jun) and the bank holidays of England and Wales.
 */
class ReferralClockTest {

    private static final SchoolCalendar WALES = CalendarFixtures.wales();

    @ParameterizedTest(name = "need apparent {0}: refer by {1}")
    @CsvSource({
            // four plain weeks of term
            "2026-09-14, 2026-10-12",
            // across the October half-term: a week later than without it (11 Nov)
            "2026-10-14, 2026-11-18",
            // apparent on the Saturday before half-term: counting starts after the break
            "2026-10-24, 2026-11-27",
            // apparent in the half-term week itself
            "2026-10-28, 2026-11-27",
            // across Christmas: the holiday from 19 Dec to 3 Jan does not count
            "2026-12-01, 2027-01-12",
            // apparent in the Christmas holiday: the clock starts with the spring term
            "2026-12-23, 2027-01-29",
            // across February's half-term
            "2027-02-08, 2027-03-15",
            // across the Easter holiday (and Easter Monday, the day the summer term would have begun)
            "2027-03-08, 2027-04-20",
            // the early-May bank holiday
            "2027-04-26, 2027-05-25",
            // the late-May bank holiday and the half-term week around it
            "2027-05-17, 2027-06-21",
    })
    void due_twenty_school_days_after_the_need_became_apparent(LocalDate apparent, LocalDate due) {
        assertThat(ReferralClock.dueBy(WALES, apparent)).contains(due);
        assertThat(WALES.schoolDaysBetween(apparent, due)).isEqualTo(ReferralClock.SCHOOL_DAYS);
        assertThat(WALES.isSchoolDay(due)).isTrue();
    }

    @ParameterizedTest(name = "due {0}, today {1}: overdue={2}, {3} school days")
    @CsvSource({
            "2026-11-18, 2026-11-18, false, 0",
            "2026-11-18, 2026-11-16, false, 2",
            // the half-term week left between today and the due date is no days left
            "2026-11-03, 2026-10-23, false, 2",
            "2026-11-18, 2026-11-19, true,  1",
            // late over a weekend and half-term: school days late, not calendar days
            "2026-10-23, 2026-11-02, true,  1",
            "2026-12-18, 2027-01-05, true,  2",
    })
    void days_left_or_late_are_school_days(LocalDate dueBy, LocalDate today, boolean overdue, long days) {
        ReferralClock.Standing standing = ReferralClock.standing(WALES, dueBy, today);
        assertThat(standing.overdue()).isEqualTo(overdue);
        assertThat(standing.schoolDays()).isEqualTo(days);
    }

    @Test
    void no_due_date_past_the_term_dates_entered_and_a_referral_sent_after_its_due_date_is_late() {
        assertThat(ReferralClock.dueBy(WALES, LocalDate.parse("2027-07-01"))).isEmpty();
        assertThat(ReferralClock.late(LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-18"))).isFalse();
        assertThat(ReferralClock.late(LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-19"))).isTrue();
    }
}
