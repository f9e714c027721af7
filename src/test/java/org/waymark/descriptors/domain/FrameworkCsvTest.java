package org.waymark.descriptors.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The framework file: the bundled one imports and round-trips; broken files report every problem by line and column. */
class FrameworkCsvTest {

    static final String HEADER = "kind,code,name,parent,level,text,min_amount,max_amount,attachment,flags\n";

    static byte[] demo() throws IOException {
        try (InputStream in = FrameworkCsvTest.class.getResourceAsStream("/demo/descriptor-framework.csv")) {
            return in.readAllBytes();
        }
    }

    static FrameworkCsv.Result read(String text) {
        return FrameworkCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_bundled_framework_has_five_areas_with_their_columns_and_levels() throws IOException {
        FrameworkCsv.Result result = FrameworkCsv.read(demo());
        assertThat(result.problems()).isEmpty();
        FrameworkContent c = result.content().orElseThrow();
        assertThat(c.areas()).extracting(FrameworkArea::code).containsExactly("ANX", "BES", "CL", "CI", "SMP");
        assertThat(c.areas().getLast().columns()).containsExactly("CORE", "AFN", "HLN1");
        assertThat(c.areas().getFirst().columns()).containsExactly("CORE", "AFN", "HLN1", "HLN3");
        assertThat(c.areas().get(1).behaviour()).isTrue();
        assertThat(c.themes()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(c.threshold()).isEqualByComparingTo("6000");
        assertThat(c.levels()).extracting(FundingLevel::code).containsExactly("AFN_LOW", "AFN_MEDIUM", "AFN_HIGH",
                "HLN1", "HLN2", "HLN3");
        assertThat(c.levels().get(3).minAmount()).isEqualByComparingTo("10987");
        assertThat(c.evidence()).extracting(EvidenceRule::areaCode, EvidenceRule::levelCode, EvidenceRule::attachmentKind)
                .contains(tuple("SMP", "HLN", "HEALTH_CARE_PLAN"));
    }

    @Test
    void an_export_imports_back_unchanged() throws IOException {
        FrameworkContent original = FrameworkCsv.read(demo()).content().orElseThrow();
        FrameworkCsv.Result again = FrameworkCsv.read(FrameworkCsv.write(original));
        assertThat(again.problems()).isEmpty();
        assertThat(again.content().orElseThrow()).isEqualTo(original);
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(read("").problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(1, "framework.import.empty"));
        assertThat(read(" \n\n").problems()).extracting(ImportProblem::messageKey).containsExactly("framework.import.empty");
    }

    @Test
    void wrong_columns_are_named() {
        FrameworkCsv.Result result = read("kind,code,name,parent,lvl,text,min_amount,max_amount,attachment,flags\n");
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(1, "level", "framework.import.missingColumn"),
                        tuple(1, "lvl", "framework.import.unknownColumn"));
        assertThat(result.content()).isEmpty();
    }

    @Test
    void bad_encoding_is_reported_by_line() {
        byte[] latin1 = (HEADER + "AREA,CL,Cognition and learning,,CORE AFN,,,,,\nTHEME,CL1,Darllen a ").getBytes(
                StandardCharsets.UTF_8);
        byte[] bytes = new byte[latin1.length + 3];
        System.arraycopy(latin1, 0, bytes, 0, latin1.length);
        bytes[latin1.length] = (byte) 0xF4; // "ô" in Latin-1: not valid UTF-8 here
        bytes[latin1.length + 1] = 'r';
        bytes[latin1.length + 2] = '\n';
        FrameworkCsv.Result result = FrameworkCsv.read(bytes);
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(3, "framework.import.encoding"));
    }

    @Test
    void unknown_levels_duplicate_themes_and_missing_descriptors_are_all_reported_with_their_lines() {
        String file = HEADER
                + "AREA,CL,Cognition and learning,,CORE AFN HLN9,,,,,\n"      // line 2: unknown column
                + "AREA,CI,Communication,,CORE AFN,,,,,\n"                      // line 3
                + "THEME,CI1,Understanding,CI,,,,,,\n"                          // line 4: AFN descriptor missing
                + "THEME,CI1,Understanding again,CI,,,,,,\n"                    // line 5: duplicate theme
                + "DESCRIPTOR,,,CI1,CORE,Follows class instructions,,,,\n"      // line 6
                + "DESCRIPTOR,,,CI1,HLN4,Something,,,,\n"                       // line 7: unknown level
                + "LEVEL,AFN_LOW,AFN low,,AFN,,4000,2000,,\n"                   // line 8: band upside down
                + "EVIDENCE,,,XX,HLN,Attach it,,,HEALTH_CARE_PLAN,\n"           // line 9: unknown parent
                + "SOMETHING,,,,,,,,,\n";                                       // line 10: unknown kind
        FrameworkCsv.Result result = read(file);
        assertThat(result.content()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
                .contains(tuple(2, "level", "framework.import.unknownLevel"),
                        tuple(5, "code", "framework.import.duplicate"),
                        tuple(7, "level", "framework.import.unknownLevel"),
                        tuple(8, "max_amount", "framework.import.band"),
                        tuple(10, "kind", "framework.import.unknownKind"),
                        tuple(4, "code", "framework.import.missingDescriptor"),
                        tuple(9, "parent", "framework.import.unknownParent"));
    }

    @Test
    void a_descriptor_for_a_column_the_area_lacks_is_refused_and_quoted_lines_count_true_lines() {
        String file = HEADER
                + "AREA,SMP,\"Sensory, medical\nand physical\",,CORE AFN HLN1,,,,,\n" // lines 2-3
                + "THEME,SMP1,Medical,SMP,,,,,,\n"                                   // line 4
                + "DESCRIPTOR,,,SMP1,CORE,a,,,,\n"
                + "DESCRIPTOR,,,SMP1,AFN,b,,,,\n"
                + "DESCRIPTOR,,,SMP1,HLN1,c,,,,\n"
                + "DESCRIPTOR,,,SMP1,HLN3,d,,,,\n";                                  // line 8
        assertThat(read(file).problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(8, "framework.import.notAColumn"));
    }
}
