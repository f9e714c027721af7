package org.waymark.imports.domain;

import java.time.LocalDate;

import org.waymark.pupils.domain.UniquePupilNumber;

/** CTF text for tests, written out by hand so each test shows the XML it feeds the reader. */
public final class CtfFiles {

    private CtfFiles() {
    }

    /** A valid UPN ending in these twelve characters' digits (check letter computed). */
    /** A date of birth that suits Year 4 in the school year of {@code today}: {@code days} before its cut-off. */
    public static LocalDate year4Birthday(LocalDate today, int days) {
        LocalDate start = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        return start.minusYears(8).minusDays(days);
    }

    /** A school's id and its authority's, by the school's name. */
    public static long[] school(org.springframework.jdbc.core.simple.JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT id, local_authority_id FROM school WHERE name = :n").param("n", name)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** A school's reference number (the establishment number a transfer file names), by the school's name. */
    public static String reference(org.springframework.jdbc.core.simple.JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT reference_number FROM school WHERE name = :n").param("n", name).query(String.class)
                .single();
    }

    public static String upn(long n) {
        String digits = String.format("%012d", n % 1_000_000_000_000L);
        return UniquePupilNumber.checkLetter(digits) + digits;
    }

    /** The same UPN with a wrong check letter. */
    /** A name part made of letters only (the pupil rules refuse digits in names): a, b, ..., z, ab, ... */
    public static String letters(int n) {
        StringBuilder s = new StringBuilder();
        int v = n;
        do {
            s.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        return s.toString();
    }

    public static String badUpn(long n) {
        String good = upn(n);
        return (good.charAt(0) == 'A' ? 'B' : 'A') + good.substring(1);
    }

    public static String header(String lea, String estab, LocalDate day) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile>
                  <Header>
                    <DocumentName>Common Transfer File</DocumentName>
                    <CTFversion>24.0</CTFversion>
                    <DateTime>%sT09:30:00</DateTime>
                    <SourceSchool>
                      <LEA>%s</LEA>
                      <Estab>%s</Estab>
                      <SchoolName>Test school</SchoolName>
                    </SourceSchool>
                    <DestSchool>
                      <LEA>%s</LEA>
                      <Estab>LA</Estab>
                    </DestSchool>
                  </Header>
                  <CTFpupilData>
                """.formatted(day, lea, estab, lea);
    }

    public static String footer() {
        return "  </CTFpupilData>\n</CTfile>\n";
    }

    /** A pupil with one or two SEN types (rank 1 first), in year {@code year}. */
    public static String pupil(String upn, String forename, String surname, LocalDate dob, String year,
                               String... senTypes) {
        StringBuilder needs = new StringBuilder();
        for (int i = 0; i < senTypes.length; i++) {
            needs.append("        <SENneed><SENtypeRank>").append(i + 1).append("</SENtypeRank><SENtype>")
                    .append(senTypes[i]).append("</SENtype></SENneed>\n");
        }
        return """
                    <Pupil>
                      <UPN>%s</UPN>
                      <Surname>%s</Surname>
                      <Forename>%s</Forename>
                      <DOB>%s</DOB>
                      <Sex>F</Sex>
                      <BasicDetails>
                        <NCyearActual>%s</NCyearActual>
                      </BasicDetails>
                      <SENhistory>
                        <SEN><StartDate>2024-09-01</StartDate><SENprovision>K</SENprovision></SEN>
                        <SENneeds>
                %s        </SENneeds>
                      </SENhistory>
                    </Pupil>
                """.formatted(upn, surname, forename, dob, year, needs);
    }
}
