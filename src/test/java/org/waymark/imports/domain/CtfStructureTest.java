package org.waymark.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What {@link CtfWriter} writes has the structure docs/ctf-import-format.md documents (checked by
 * {@link CtfStructure}, as the DfE XSD is not available here), for the compact entries of the
 * sample file and for the fuller entries of the SEN export; and the check does find each kind of
 * break it is there for.
 */
class CtfStructureTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private static byte[] write(CtfReader.Header header, boolean partial, CtfWriter.Entry... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CtfWriter writer = new CtfWriter(out, header, partial)) {
            for (CtfWriter.Entry e : entries) {
                writer.write(e);
            }
        }
        return out.toByteArray();
    }

    @Test
    void the_writers_files_have_the_documented_structure() {
        CtfWriter.Entry compact = new CtfWriter.Entry(CtfFiles.upn(1), "Ffion", "Ashdown", DAY.minusYears(8), "F", "3",
                List.of("SPLD", "SLCN"), false, null, true, DAY.minusDays(7));
        CtfWriter.Entry full = new CtfWriter.Entry(CtfFiles.upn(2), "Elowen", "Trevithick", "Elly", DAY.minusYears(10),
                null, "5", "E", List.of("SLCN", "MLD", "HI"), true, "WLD", true, true, null,
                List.of(new CtfWriter.Spell("886", "2001", DAY.minusYears(3), DAY.minusYears(1)),
                        new CtfWriter.Spell("886", "2002", DAY.minusYears(1).plusDays(3), DAY.minusDays(2))));
        CtfWriter.Entry noNeeds = new CtfWriter.Entry(CtfFiles.upn(3), "Kwame", "Bellweather", DAY.minusYears(4), "M",
                "R", List.of(), false, null, false, null);

        byte[] roll = write(new CtfReader.Header("24.0", "886", "2001", "Larkfield", "886", "LA", DAY), false,
                compact, noNeeds);
        // the SEN export's header: to a school not known
        byte[] export = write(new CtfReader.Header("24.0", "886", "2001", "Larkfield",
                CtfWriter.UNKNOWN_DESTINATION.lea(), CtfWriter.UNKNOWN_DESTINATION.estab(), DAY), true, full);

        assertThat(CtfStructure.problems(export)).isEmpty();
        assertThat(new String(export, StandardCharsets.UTF_8)).contains("<LEA>MMM</LEA>", "<Estab>MMMM</Estab>");
        // the roll's DestSchool Estab "LA" (a file to the authority) is not a school number: the check says so
        assertThat(CtfStructure.problems(roll)).containsExactly(
                "CTfile/Header/DestSchool/Estab: \"LA\" is not of the form \\d{4}|MMMM");
    }

    private static String file(String destLea, String destEstab, String pupil) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile>
                  <Header>
                    <DocumentName>Common Transfer File</DocumentName>
                    <CTFversion>24.0</CTFversion>
                    <DateTime>2026-11-02T09:00:00</DateTime>
                    <DocumentQualifier>partial</DocumentQualifier>
                    <SourceSchool><LEA>886</LEA><Estab>2001</Estab><SchoolName>Larkfield</SchoolName></SourceSchool>
                    <DestSchool><LEA>%s</LEA><Estab>%s</Estab></DestSchool>
                  </Header>
                  <CTFpupilData>
                %s
                  </CTFpupilData>
                </CTfile>
                """.formatted(destLea, destEstab, pupil);
    }

    private static List<String> problems(String xml) {
        return CtfStructure.problems(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void each_kind_of_break_is_found_by_its_path() {
        String valid = """
                    <Pupil>
                      <UPN>%s</UPN>
                      <Surname>Prydderch</Surname>
                      <Forename>Elin</Forename>
                      <DOB>2017-02-03</DOB>
                      <BasicDetails>
                        <NCyearActual>4</NCyearActual>
                        <Languages><Type><LanguageType>F</LanguageType><Language>WEL</Language></Type></Languages>
                      </BasicDetails>
                      <SENhistory>
                        <SEN><SENprovision>K</SENprovision></SEN>
                        <SENneeds>
                          <SENneed><SENtypeRank>1</SENtypeRank><SENtype>ASD</SENtype></SENneed>
                          <SENneed><SENtypeRank>2</SENtypeRank><SENtype>HI</SENtype></SENneed>
                        </SENneeds>
                      </SENhistory>
                    </Pupil>""".formatted(CtfFiles.upn(5));
        assertThat(problems(file("886", "2002", valid))).isEmpty();
        assertThat(problems(file("MMM", "MMMM", valid))).isEmpty();

        String pupil = "CTfile/CTFpupilData/Pupil[1]";
        assertThat(problems(file("MMM", "2002", valid)))
                .containsExactly("CTfile/Header/DestSchool: MMM and MMMM go together (destination not known)");
        assertThat(problems(file("886", "2002", valid.replace(CtfFiles.upn(5), CtfFiles.badUpn(5)))))
                .containsExactly(pupil + "/UPN: " + CtfFiles.badUpn(5) + " has a wrong check letter");
        assertThat(problems(file("886", "2002", valid.replace("2017-02-03", "2017-13-03"))))
                .containsExactly(pupil + "/DOB: \"2017-13-03\" is not of the form " + "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
        assertThat(problems(file("886", "2002", valid.replace("<NCyearActual>4<", "<NCyearActual>X<"))))
                .containsExactly(pupil + "/BasicDetails/NCyearActual: \"X\" is not of the form N1|N2|R|[1-9]|1[0-4]");
        assertThat(problems(file("886", "2002", valid.replace("<SENtypeRank>2</SENtypeRank><SENtype>HI",
                "<SENtypeRank>3</SENtypeRank><SENtype>ASD"))))
                .containsExactlyInAnyOrder(pupil + "/SENhistory/SENneeds: rank 3 where 2 was due",
                        pupil + "/SENhistory/SENneeds: ASD twice");
        assertThat(problems(file("886", "2002", valid.replace("<SENtype>HI", "<SENtype>XYZ"))))
                .singleElement().asString().startsWith(pupil + "/SENhistory/SENneeds/SENneed[2]/SENtype: \"XYZ\"");
        // an element the format does not have, and two in the wrong order
        assertThat(problems(file("886", "2002", valid.replace("</SENhistory>", "</SENhistory><Diagnosis>x</Diagnosis>"))))
                .containsExactly(pupil + ": Diagnosis is not expected here (or out of order)");
        assertThat(problems(file("886", "2002", valid.replace("<Surname>Prydderch</Surname>\n", "")
                .replace("<Forename>Elin</Forename>", "<Forename>Elin</Forename><Surname>Prydderch</Surname>"))))
                .contains(pupil + ": 0 × Surname (expected 1–1)");
        assertThat(problems("<CTfile><Header>")).singleElement().asString().startsWith("not well-formed XML");
        assertThat(problems("<!DOCTYPE CTfile [<!ENTITY a \"b\">]><CTfile/>")).singleElement().asString()
                .startsWith("not well-formed XML");
        assertThat(problems("<CTF/>")).containsExactly("the root is CTF, not CTfile");
    }
}
