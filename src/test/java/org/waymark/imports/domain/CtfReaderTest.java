package org.waymark.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.YearGroup;

class CtfReaderTest {

    private final List<ImportedPupil> pupils = new ArrayList<>();
    private final List<CtfReader.Header> headers = new ArrayList<>();

    private CtfReader.Result read(String xml) {
        return CtfReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), headers::add, pupils::add);
    }

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void a_full_record_is_read_with_its_header_needs_in_rank_order_care_welsh_and_entry_date() {
        String xml = CtfFiles.header("938", "2001", DAY) + """
                    <Pupil>
                      <UPN>%s</UPN>
                      <Surname>Prydderch</Surname>
                      <Forename>Elin</Forename>
                      <DOB>2017-04-03</DOB>
                      <Sex>F</Sex>
                      <BasicDetails>
                        <FormerUPN>%s</FormerUPN>
                        <PreferredForename>Ellie</PreferredForename>
                        <NCyearActual>4</NCyearActual>
                        <Languages><Type><LanguageType>F</LanguageType><Language>WEL</Language></Type></Languages>
                      </BasicDetails>
                      <LookedAfter><InCare>true</InCare><CareAuthority>Glanmor</CareAuthority></LookedAfter>
                      <SENhistory>
                        <SEN><SENprovision>E</SENprovision></SEN>
                        <SENneeds>
                          <SENneed><SENtypeRank>2</SENtypeRank><SENtype>HI</SENtype></SENneed>
                          <SENneed><SENtypeRank>1</SENtypeRank><SENtype>ASD</SENtype></SENneed>
                        </SENneeds>
                      </SENhistory>
                      <SchoolHistory>
                        <School><LEA>938</LEA><Estab>1999</Estab><EntryDate>2021-09-01</EntryDate><LeavingDate>2023-07-20</LeavingDate></School>
                        <School><LEA>938</LEA><Estab>2001</Estab><EntryDate>2023-09-04</EntryDate></School>
                      </SchoolHistory>
                    </Pupil>
                """.formatted(CtfFiles.upn(1234), CtfFiles.upn(99)) + CtfFiles.footer();

        CtfReader.Result result = read(xml);

        assertThat(result.readable()).isTrue();
        assertThat(result.pupils()).isEqualTo(1);
        CtfReader.Header h = result.header().orElseThrow();
        assertThat(h).isEqualTo(new CtfReader.Header("24.0", "938", "2001", "Test school", "938", "LA", DAY));
        assertThat(headers).containsExactly(h);
        ImportedPupil p = pupils.getFirst();
        assertThat(p.problems()).isEmpty();
        assertThat(p.line()).isEqualTo(18);
        assertThat(p.upn()).isEqualTo(CtfFiles.upn(1234));
        assertThat(p.formerUpn()).isEqualTo(CtfFiles.upn(99));
        assertThat(p.firstName()).isEqualTo("Elin");
        assertThat(p.preferredName()).isEqualTo("Ellie");
        assertThat(p.lastName()).isEqualTo("Prydderch");
        assertThat(p.dateOfBirth()).isEqualTo(LocalDate.of(2017, 4, 3));
        assertThat(p.gender()).isEqualTo("F");
        assertThat(p.yearGroup()).isEqualTo(YearGroup.Y4);
        assertThat(p.needs()).containsExactly(AreaOfNeed.COMMUNICATION_INTERACTION, AreaOfNeed.SENSORY_MEDICAL_PHYSICAL);
        assertThat(p.lookedAfter()).isTrue();
        assertThat(p.careAuthority()).isEqualTo("Glanmor");
        assertThat(p.language()).isEqualTo("cy");
        assertThat(p.entryDate()).isEqualTo(LocalDate.of(2023, 9, 4));
    }

    @Test
    void unknown_elements_anywhere_are_skipped() {
        String plain = CtfFiles.header("938", "2001", DAY)
                + CtfFiles.pupil(CtfFiles.upn(5), "Ada", "Lark", LocalDate.of(2018, 1, 5), "3", "MLD")
                + CtfFiles.footer();
        String extra = plain.replace("<DocumentName>", "<FutureThing a=\"1\"><Deep>x</Deep></FutureThing><DocumentName>")
                .replace("<Sex>F</Sex>", "<Sex>F</Sex><Ethnicity>WBRI</Ethnicity><UPN2>nonsense</UPN2>")
                .replace("</CTFpupilData>", "<Attendance><Year>2025</Year></Attendance></CTFpupilData>");
        read(plain);
        ImportedPupil before = pupils.getFirst();
        pupils.clear();

        CtfReader.Result result = read(extra);

        assertThat(result.readable()).isTrue();
        assertThat(pupils).hasSize(1);
        ImportedPupil after = pupils.getFirst();
        assertThat(after.problems()).isEmpty();
        assertThat(after.upn()).isEqualTo(before.upn());
        assertThat(after.needs()).isEqualTo(List.of(AreaOfNeed.COGNITION_LEARNING));
        assertThat(after.yearGroup()).isEqualTo(YearGroup.Y3);
    }

    @Test
    void malformed_xml_is_refused_with_the_line_where_it_broke() {
        String xml = CtfFiles.header("938", "2001", DAY)
                + CtfFiles.pupil(CtfFiles.upn(6), "Ada", "Lark", LocalDate.of(2018, 1, 5), "3", "MLD")
                + "    <Pupil><UPN>oops</Surname>\n" + CtfFiles.footer();

        CtfReader.Result result = read(xml);

        assertThat(result.readable()).isFalse();
        assertThat(result.fileProblems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("imports.ctf.malformed");
            assertThat(p.line()).isEqualTo(34);
        });
    }

    @Test
    void a_billion_laughs_file_is_refused_at_its_dtd_without_expanding_anything() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE CTfile [\n <!ENTITY lol \"lol\">\n");
        xml.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            xml.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<CTfile><Header><CTFversion>&lol9;</CTFversion></Header></CTfile>\n");

        CtfReader.Result result = read(xml.toString());

        assertThat(result.readable()).isFalse();
        assertThat(result.fileProblems()).extracting(Problem::key).containsExactly("imports.ctf.dtd");
        assertThat(result.fileProblems().getFirst().line()).isEqualTo(13);
        assertThat(pupils).isEmpty();
    }

    @Test
    void an_external_entity_is_never_fetched_and_the_file_is_refused() throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("waymark-xxe", ".txt");
        java.nio.file.Files.writeString(secret, "TOPSECRET");
        try {
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE CTfile [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                    + "<CTfile><Header><CTFversion>1</CTFversion></Header><CTFpupilData><Pupil><UPN>&xxe;</UPN>"
                    + "</Pupil></CTFpupilData></CTfile>\n";

            CtfReader.Result result = read(xml);

            assertThat(result.fileProblems()).extracting(Problem::key).containsExactly("imports.ctf.dtd");
            assertThat(pupils).isEmpty();
            assertThat(headers).isEmpty();
        } finally {
            java.nio.file.Files.deleteIfExists(secret);
        }
    }

    @Test
    void an_undeclared_entity_without_a_dtd_is_refused_too() {
        String xml = CtfFiles.header("938", "2001", DAY).replace("<CTFversion>24.0", "<CTFversion>&v;")
                + CtfFiles.footer();

        CtfReader.Result result = read(xml);

        assertThat(result.readable()).isFalse();
        assertThat(result.fileProblems()).extracting(Problem::key).containsAnyOf("imports.ctf.entity", "imports.ctf.malformed");
        assertThat(result.fileProblems().getFirst().line()).isEqualTo(5);
    }

    @Test
    void a_wrong_check_letter_and_other_bad_fields_are_problems_on_their_elements_lines() {
        String xml = CtfFiles.header("938", "2001", DAY)
                + CtfFiles.pupil(CtfFiles.badUpn(77), "Ada", "Lark", LocalDate.of(2018, 1, 5), "3", "MLD")
                + CtfFiles.pupil(CtfFiles.upn(78), "Bo", "Lark", LocalDate.of(2018, 1, 5), "X", "ZZZ")
                + CtfFiles.pupil(CtfFiles.upn(79), "Cy", "Lark", LocalDate.of(2018, 1, 5), "3", "OTH")
                + CtfFiles.footer().replace("</CTFpupilData>", """
                    <Pupil><UPN></UPN><Surname>Dee</Surname><Forename>Di</Forename><DOB>5/1/2018</DOB>
                      <BasicDetails><NCyearActual>3</NCyearActual></BasicDetails>
                      <SENhistory><SEN><SENprovision>N</SENprovision></SEN></SENhistory></Pupil>
                  </CTFpupilData>""");

        CtfReader.Result result = read(xml);

        assertThat(result.readable()).isTrue();
        assertThat(pupils).hasSize(4);
        assertThat(pupils.get(0).problems()).containsExactly(Problem.of(19, "<UPN>", "pupil.upn.checkLetter"));
        assertThat(pupils.get(1).problems()).containsExactly(
                Problem.of(41, "<NCyearActual>", "imports.year.unknown", "X"),
                Problem.of(46, "<SENtype>", "imports.sen.unknownType", "ZZZ"));
        assertThat(pupils.get(2).problems()).containsExactly(Problem.of(50, "<SENneeds>", "imports.sen.noArea"));
        assertThat(pupils.get(3).problems()).extracting(Problem::key)
                .containsExactly("imports.upn.missing", "imports.dob.format", "imports.sen.none");
    }

    @Test
    void a_file_that_is_not_a_ctf_is_refused_at_its_root() {
        CtfReader.Result result = read("<?xml version=\"1.0\"?>\n<html><body/></html>");

        assertThat(result.fileProblems()).containsExactly(Problem.of(2, "<html>", "imports.ctf.notCtf"));
    }

    @Test
    void the_writer_writes_what_the_reader_reads() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CtfReader.Header header = new CtfReader.Header("24.0", "938", "2001", "Larkfield", "938", "LA", DAY);
        try (CtfWriter w = new CtfWriter(out, header)) {
            w.write(new CtfWriter.Entry(CtfFiles.upn(42), "Rhys", "Tudor", LocalDate.of(2016, 2, 2), "M", "5",
                    List.of("SEMH", "MLD"), true, "Powys", true, LocalDate.of(2024, 9, 2)));
        }

        CtfReader.Result result = read(out.toString(StandardCharsets.UTF_8));

        assertThat(result.header()).contains(header);
        ImportedPupil p = pupils.getFirst();
        assertThat(p.problems()).isEmpty();
        assertThat(p.needs()).containsExactly(AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL, AreaOfNeed.COGNITION_LEARNING);
        assertThat(p.yearGroup()).isEqualTo(YearGroup.Y5);
        assertThat(p.careAuthority()).isEqualTo("Powys");
        assertThat(p.language()).isEqualTo("cy");
        assertThat(p.entryDate()).isEqualTo(LocalDate.of(2024, 9, 2));
    }
}
