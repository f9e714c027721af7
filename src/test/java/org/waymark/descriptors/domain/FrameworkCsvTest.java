package org.waymark.descriptors.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** An area of three columns whose one theme has CORE and HLN1 descriptors; the AFN line is the case's. */
    static String smpWith(@Nullable String afnLine) {
        return HEADER
                + "AREA,SMP,Sensory and physical,,CORE AFN HLN1,,,,,\n"   // line 2
                + "THEME,SMP1,Medical,SMP,,,,,,\n"                         // line 3
                + "DESCRIPTOR,,,SMP1,CORE,Routine arrangements,,,,\n"      // line 4
                + "DESCRIPTOR,,,SMP1,HLN1,Trained adults all day,,,,\n"    // line 5
                + (afnLine == null ? "" : afnLine + "\n");                 // line 6
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // the documented marker: no descriptor at this level, stored as an empty cell
            "marker                | DESCRIPTOR,,,SMP1,AFN,-,,,,         | ok   | 0 |        |",
            "marker with spaces    | DESCRIPTOR,,,SMP1,AFN, - ,,,,       | ok   | 0 |        |",
            "quoted marker         | 'DESCRIPTOR,,,SMP1,AFN,\"-\",,,,'   | ok   | 0 |        |",
            // an empty text is not the marker: it stays an error on its own line
            "empty text            | DESCRIPTOR,,,SMP1,AFN,,,,,          | fail | 6 | text   | framework.import.descriptorText",
            // a line too short (a cell missing from the line) is an error on its line
            "missing cell          | DESCRIPTOR,,,SMP1,AFN,-,,,          | fail | 6 |        | framework.import.fieldCount",
            // no line at all for the column: reported on the theme's line
            "missing line          | null                                | fail | 3 | code   | framework.import.missingDescriptor",
    })
    void a_descriptor_marked_empty_is_accepted_and_a_missing_one_is_an_error_with_its_line(
            String name, @Nullable String afnLine, String outcome, int line, @Nullable String column,
            @Nullable String key) {
        FrameworkCsv.Result result = read(smpWith(afnLine));
        if (outcome.equals("ok")) {
            assertThat(result.problems()).isEmpty();
            FrameworkContent c = result.content().orElseThrow();
            assertThat(c.descriptors()).contains(Descriptor.none("SMP1", "AFN"));
            assertThat(c.descriptors().stream().filter(Descriptor::isNone)).extracting(Descriptor::levelCode)
                    .containsExactly("AFN");
        } else {
            assertThat(result.content()).isEmpty();
            assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column,
                    ImportProblem::messageKey).contains(tuple(line, column == null ? "" : column, key));
        }
    }

    @Test
    void a_theme_with_no_descriptor_at_any_column_is_refused_on_its_line() {
        String file = HEADER
                + "AREA,SMP,Sensory and physical,,CORE AFN,,,,,\n"
                + "THEME,SMP1,Medical,SMP,,,,,,\n"                          // line 3
                + "DESCRIPTOR,,,SMP1,CORE,-,,,,\n"
                + "DESCRIPTOR,,,SMP1,AFN,-,,,,\n";
        assertThat(read(file).problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(tuple(3, "framework.import.noDescriptorAtAll"));
    }

    @Test
    void an_empty_cell_is_exported_as_the_marker_and_imports_back_unchanged() {
        FrameworkContent original = read(smpWith("DESCRIPTOR,,,SMP1,AFN,-,,,,")).content().orElseThrow();
        byte[] exported = FrameworkCsv.write(original);
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("DESCRIPTOR,,,SMP1,AFN,-,");
        FrameworkCsv.Result again = FrameworkCsv.read(exported);
        assertThat(again.problems()).isEmpty();
        assertThat(again.content().orElseThrow()).isEqualTo(original);
        // and the bundled framework, which has an empty cell too
        FrameworkContent demo = FrameworkCsv.read(demoBytes()).content().orElseThrow();
        assertThat(demo.descriptors()).anyMatch(Descriptor::isNone);
        assertThat(FrameworkCsv.read(FrameworkCsv.write(demo)).content().orElseThrow()).isEqualTo(demo);
    }

    private static byte[] demoBytes() {
        try {
            return demo();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
