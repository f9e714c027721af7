package org.waymark.imports.domain;

import java.time.LocalDate;

import org.waymark.pupils.domain.UniquePupilNumber;

/** CTF text for tests, written out by hand so each test shows the XML it feeds the reader. */
public final class CtfFiles {

    private CtfFiles() {
    }

    /** A valid UPN ending in these twelve characters' digits (check letter computed). */
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
