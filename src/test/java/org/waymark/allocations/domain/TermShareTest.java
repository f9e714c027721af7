package org.waymark.allocations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermName;

class TermShareTest {

    private static final Term AUTUMN = new Term("2025/26", TermName.AUTUMN, LocalDate.of(2025, 9, 3),
            LocalDate.of(2025, 12, 19));
    private static final Term SPRING = new Term("2025/26", TermName.SPRING, LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 3, 27));
    private static final Term SUMMER = new Term("2025/26", TermName.SUMMER, LocalDate.of(2026, 4, 13),
            LocalDate.of(2026, 7, 22));
    private static final SchoolCalendar CALENDAR = new SchoolCalendar(List.of(AUTUMN, SPRING, SUMMER),
            Set.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25)));

    private static Allocation line(String amount, String from, String to) {
        return Allocation.open(new Allocation.Holder(1, 2L, 3L, null, null), FundingStream.HLN, "HLN1",
                new BigDecimal(amount), LocalDate.parse(from), LocalDate.parse(to),
                new Allocation.Origin(AllocationSource.PANEL, 1, LocalDate.parse("2025-07-01"), "cw",
                        Instant.parse("2025-07-01T10:00:00Z"), null));
    }

    @Test
    void a_whole_year_is_shared_by_school_days() {
        // 78 + 60 + 71 school days (weekdays in term; two May bank holidays in summer)
        Allocation year = line("10987", "2025-09-03", "2026-07-22");
        var autumn = TermShare.of(year, AUTUMN, List.of(AUTUMN, SPRING, SUMMER), CALENDAR);
        var spring = TermShare.of(year, SPRING, List.of(AUTUMN, SPRING, SUMMER), CALENDAR);
        var summer = TermShare.of(year, SUMMER, List.of(AUTUMN, SPRING, SUMMER), CALENDAR);
        assertThat(List.of(autumn.daysHeld(), spring.daysHeld(), summer.daysHeld())).containsExactly(78L, 60L, 71L);
        assertThat(autumn.daysInYear()).isEqualTo(209);
        assertThat(autumn.amount()).isEqualByComparingTo("4100.41");
        assertThat(TermShare.total(List.of(autumn, spring, summer))).isBetween(new BigDecimal("10986.98"),
                new BigDecimal("10987.02"));
    }

    @Test
    void a_line_starting_part_way_through_a_term_counts_only_its_days() {
        // from Monday 1 December: 15 school days to 19 December
        var share = TermShare.of(line("10450", "2025-12-01", "2026-07-22"), AUTUMN, List.of(AUTUMN, SPRING, SUMMER),
                CALENDAR);
        assertThat(share.daysHeld()).isEqualTo(15);
        assertThat(share.amount()).isEqualByComparingTo("750.00");
    }

    @Test
    void a_line_outside_the_term_counts_nothing_and_an_allocation_needs_sense() {
        assertThat(TermShare.of(line("5000", "2026-04-13", "2026-07-22"), AUTUMN, List.of(AUTUMN, SPRING, SUMMER),
                CALENDAR).amount()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> line("5000", "2026-04-13", "2026-04-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line("0", "2026-04-13", "2026-04-20")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stopping_keeps_the_earlier_end_and_a_line_stopped_before_it_began_never_ran() {
        Allocation a = line("5000", "2027-01-04", "2027-07-21");
        a.stop(LocalDate.parse("2027-08-30"), AllocationEnd.LEFT, "eso", Instant.parse("2027-02-01T10:00:00Z"), null);
        assertThat(a.getEndDate()).isEqualTo(LocalDate.parse("2027-07-21"));
        assertThat(a.getEndReason()).isNull();
        a.stop(LocalDate.parse("2026-12-01"), AllocationEnd.REPLACED_ON_APPEAL, "cw", Instant.parse("2027-02-02T10:00:00Z"), null);
        assertThat(a.ranNever()).isTrue();
        assertThat(a.activeOn(LocalDate.parse("2027-02-01"))).isFalse();
        assertThat(a.getHistory()).extracting(AllocationHistory::event)
                .containsExactly("OPENED", "LEFT", "REPLACED_ON_APPEAL");
    }
}
