package org.waymark.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.base.domain.Nation;

/** Breaks in term belong to a term: inside one, never overlapping, gone with it. */
class LocalAuthorityBreaksTest {

    private static final Term AUTUMN = new Term("2026/27", TermName.AUTUMN, LocalDate.parse("2026-09-01"),
            LocalDate.parse("2026-12-18"));
    private static final Term SPRING = new Term("2026/27", TermName.SPRING, LocalDate.parse("2027-01-04"),
            LocalDate.parse("2027-03-19"));
    private static final TermBreak OCTOBER = new TermBreak(LocalDate.parse("2026-10-26"), LocalDate.parse("2026-10-30"));

    private LocalAuthority authority;

    @BeforeEach
    void wales() {
        authority = LocalAuthority.create("GLX", "Test", null, Nation.WALES, Set.of());
        authority.setTerm(AUTUMN);
        authority.setTerm(SPRING);
    }

    @Test
    void a_break_lies_within_one_term() {
        authority.setBreak(OCTOBER);
        assertThat(authority.breaksInOrder()).containsExactly(OCTOBER);
        // across the Christmas holiday: in no one term
        assertThatThrownBy(() -> authority.setBreak(new TermBreak(LocalDate.parse("2026-12-14"),
                LocalDate.parse("2027-01-08")))).isInstanceOf(IllegalArgumentException.class);
        // in the summer, when no term is held
        assertThatThrownBy(() -> authority.setBreak(new TermBreak(LocalDate.parse("2027-05-31"),
                LocalDate.parse("2027-06-04")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void breaks_do_not_overlap_and_one_starting_the_same_day_is_replaced() {
        authority.setBreak(OCTOBER);
        assertThatThrownBy(() -> authority.setBreak(new TermBreak(LocalDate.parse("2026-10-29"),
                LocalDate.parse("2026-11-02")))).isInstanceOf(IllegalArgumentException.class);
        TermBreak longer = new TermBreak(OCTOBER.startDate(), LocalDate.parse("2026-11-02"));
        authority.setBreak(longer);
        assertThat(authority.breaksInOrder()).containsExactly(longer);
        authority.removeBreak(OCTOBER.startDate());
        assertThat(authority.breaksInOrder()).isEmpty();
    }

    @Test
    void a_term_goes_with_its_breaks_and_new_dates_may_not_leave_one_outside() {
        authority.setBreak(OCTOBER);
        Term shorter = new Term("2026/27", TermName.AUTUMN, LocalDate.parse("2026-11-02"), LocalDate.parse("2026-12-18"));
        assertThat(authority.breaksLeftOutBy(shorter)).containsExactly(OCTOBER);
        assertThat(authority.breaksLeftOutBy(SPRING)).isEmpty();
        authority.removeTerm("2026/27", TermName.AUTUMN);
        assertThat(authority.breaksInOrder()).isEmpty();
    }
}
