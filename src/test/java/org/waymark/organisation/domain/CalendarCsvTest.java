package org.waymark.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.Violation;

class CalendarCsvTest {

    private static CalendarCsv.Parsed<Term> terms(String text) {
        return CalendarCsv.terms(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_good_file_gives_its_terms() {
        var parsed = terms("""
                academic_year,term,start,end
                2027/28,AUTUMN,2027-09-02,2027-12-17
                2027/28,spring,2028-01-04,2028-03-31
                2027/28,SUMMER,2028-04-18,2028-07-21
                """);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(Term::termName)
                .containsExactly(TermName.AUTUMN, TermName.SPRING, TermName.SUMMER);
    }

    @Test
    void every_problem_is_reported_with_its_line() {
        var parsed = terms("""
                academic_year,term,start,end
                2027/29,AUTUMN,2027-09-02,2027-12-17
                2027/28,WINTER,2028-01-04,2028-03-31
                2027/28,SUMMER,18/04/2028,2028-07-21
                2027/28,AUTUMN,2027-12-01,2027-09-01
                2027/28,SPRING,2028-01-04
                """);
        assertThat(parsed.problems()).extracting(Violation::messageKey).containsExactly("calendar.import.year",
                "calendar.import.term", "calendar.import.date", "calendar.import.endBeforeStart",
                "calendar.import.fields");
        assertThat(parsed.problems()).extracting(v -> v.arguments().getFirst()).containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void duplicates_and_overlaps_name_both_lines() {
        var parsed = terms("""
                academic_year,term,start,end
                2027/28,AUTUMN,2027-09-02,2027-12-17
                2027/28,SPRING,2027-12-01,2028-03-31
                2027/28,AUTUMN,2027-09-02,2027-12-17
                """);
        assertThat(parsed.problems()).extracting(Violation::messageKey)
                .containsExactly("calendar.import.overlap", "calendar.import.duplicate");
        assertThat(parsed.problems().get(0).arguments()).containsExactly(3, 2);
    }

    @Test
    void broken_files_are_refused_whole() {
        assertThat(terms("").problems()).extracting(Violation::messageKey).containsExactly("calendar.import.empty");
        assertThat(terms("year,term,from,to\n2027/28,AUTUMN,2027-09-02,2027-12-17\n").problems())
                .extracting(Violation::messageKey).containsExactly("calendar.import.header");
        assertThat(CalendarCsv.terms(new byte[] {(byte) 0xC3, (byte) 0x28, 'a'}).problems())
                .extracting(Violation::messageKey).containsExactly("calendar.import.encoding");
        assertThat(terms("academic_year,term,start,end\n").problems()).extracting(Violation::messageKey)
                .containsExactly("calendar.import.empty");
    }

    @Test
    void bank_holidays_need_a_date_and_a_name() {
        var parsed = CalendarCsv.holidays("""
                date,name
                2028-01-03,New Year's Day (substitute day)
                2028-04-14,
                2028-13-01,Nonsense
                2028-01-03,Twice
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.rows()).hasSize(1);
        assertThat(parsed.problems()).extracting(Violation::messageKey).containsExactly("calendar.import.name",
                "calendar.import.date", "calendar.import.duplicate");
    }
}
