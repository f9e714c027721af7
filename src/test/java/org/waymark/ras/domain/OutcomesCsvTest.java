package org.waymark.ras.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The outcome framework's file: the bundled demo file reads, writes back the same, and every problem names its line. */
class OutcomesCsvTest {

    static byte[] demo() throws IOException {
        try (var in = OutcomesCsvTest.class.getResourceAsStream("/demo/ras-outcomes.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_bundled_outcomes_read_and_round_trip() throws IOException {
        OutcomesCsv.Result result = OutcomesCsv.read(demo());
        assertThat(result.problems()).isEmpty();
        RasOutcomes outcomes = result.outcomes().orElseThrow();
        assertThat(outcomes.outcomes()).hasSize(10);
        assertThat(outcomes.outcome("COMMUNICATION").orElseThrow().weight()).isEqualTo(3);
        assertThat(outcomes.maxPoints()).isEqualTo(80);
        String written = OutcomesCsv.write(outcomes);
        assertThat(OutcomesCsv.read(written.getBytes(StandardCharsets.UTF_8)).outcomes()).contains(outcomes);
    }

    /** The demo file with one line replaced (line numbers count the header as 1). */
    static String withLine(int line, String replacement) throws IOException {
        String[] lines = new String(demo(), StandardCharsets.UTF_8).split("\n");
        lines[line - 1] = replacement;
        return String.join("\n", lines) + "\n";
    }

    @ParameterizedTest(name = "line {0} ''{1}'' -> {2} on line {3}")
    @CsvSource(delimiter = '|', value = {
            "1 | kind,code,name                               | ras.csv.header             | 1",
            "2 | outcome,COMMUNICATION,Talking,0,,             | ras.csv.weight             | 2",
            "2 | outcome,communication,Talking,3,,             | ras.csv.code               | 2",
            "3 | level,COMMUNICATION,,,1,Some difficulty       | ras.csv.levelOrder         | 3",
            "4 | level,COMMUNICATION,,,1,                      | ras.csv.description        | 4",
            "5 | level,NOPE,,,2,Something                      | ras.csv.levelBeforeOutcome | 5",
            "8 | outcome,COMMUNICATION,Again,2,,               | ras.csv.duplicate          | 8",
            "9 | thing,LEARNING,,,0,x                          | ras.csv.kind               | 9",
            "9 | level,LEARNING,,,0                            | ras.csv.columns            | 9"})
    void a_problem_is_reported_with_its_line_and_nothing_is_read(int line, String replacement, String key,
                                                                   long reportedLine) throws IOException {
        OutcomesCsv.Result result = OutcomesCsv.read(withLine(line, replacement).getBytes(StandardCharsets.UTF_8));
        assertThat(result.valid()).isFalse();
        assertThat(result.outcomes()).isEmpty();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.line()).isEqualTo(reportedLine);
        });
    }

    @Test
    void a_framework_holds_ten_outcomes_and_text_must_be_utf8() {
        String one = "kind,code,name,weight,level,description\noutcome,A,Alpha,1,,\nlevel,A,,,0,none\nlevel,A,,,1,some\n";
        assertThat(OutcomesCsv.read(one.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(OutcomesCsv.Problem::key).containsExactly("ras.csv.outcomeCount");
        assertThat(OutcomesCsv.read(new byte[] {(byte) 0xC3, (byte) 0x28}).problems())
                .extracting(OutcomesCsv.Problem::key).containsExactly("ras.csv.notUtf8");
    }

    @Test
    void a_formula_like_name_is_exported_inert_and_imports_back_unchanged() throws IOException {
        RasOutcomes demo = OutcomesCsv.read(demo()).outcomes().orElseThrow();
        java.util.List<RasOutcomes.Outcome> changed = new java.util.ArrayList<>(demo.outcomes());
        RasOutcomes.Outcome first = changed.getFirst();
        changed.set(0, new RasOutcomes.Outcome(first.code(), "=cmd|' /C calc'!A0", first.weight(),
                java.util.List.of("@SUM(1)", "-1+2", "+plus", "\tabbed")));
        RasOutcomes hostile = new RasOutcomes(changed);
        String written = OutcomesCsv.write(hostile);
        assertThat(written).contains(",'=cmd|' /C calc'!A0,").contains(",'@SUM(1)").contains(",'-1+2").contains(",'+plus");
        assertThat(written.lines()).noneMatch(line -> line.contains(",=") || line.contains(",@") || line.contains(",+"));
        assertThat(OutcomesCsv.read(written.getBytes(StandardCharsets.UTF_8)).outcomes()).contains(hostile);
    }
}
