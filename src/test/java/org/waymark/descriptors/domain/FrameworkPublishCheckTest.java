package org.waymark.descriptors.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The check a draft passes before it is published ({@link FrameworkCsv#check}): a cell marked
 * "no descriptor at this level" is fine; a cell that is missing, blank without the mark, or a
 * theme with no descriptor at any column is not.
 */
class FrameworkPublishCheckTest {

    static final List<String> COLUMNS = List.of("CORE", "AFN", "HLN1");

    /** One area, two themes; {@code cells} says per column of theme SMP1: text, none, blank or missing. */
    static FrameworkContent content(String core, String afn, String hln1) {
        List<Descriptor> descriptors = new ArrayList<>();
        String[] cells = {core, afn, hln1};
        for (int i = 0; i < COLUMNS.size(); i++) {
            String column = COLUMNS.get(i);
            switch (cells[i]) {
                case "text" -> descriptors.add(new Descriptor("SMP1", column, "What a pupil at " + column + " needs"));
                case "none" -> descriptors.add(Descriptor.none("SMP1", column));
                case "blank" -> descriptors.add(new Descriptor("SMP1", column, "   "));
                case "missing" -> { }
                default -> throw new IllegalArgumentException(cells[i]);
            }
            descriptors.add(new Descriptor("SMP2", column, "Mobility at " + column));
        }
        return new FrameworkContent(new BigDecimal("6000"),
                List.of(new FrameworkArea("SMP", "Sensory and physical", String.join(" ", COLUMNS), false)),
                List.of(new FrameworkTheme("SMP", "SMP1", "Medical"), new FrameworkTheme("SMP", "SMP2", "Mobility")),
                descriptors, List.of(new FundingLevel("HLN1", "HLN 1", "HLN1", new BigDecimal("10987"),
                new BigDecimal("10987"))), List.of());
    }

    @ParameterizedTest(name = "SMP1 {0}/{1}/{2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "text,    text,    text,    -",
            // an empty cell, marked so, at any column
            "text,    none,    text,    -",
            "none,    text,    text,    -",
            "text,    text,    none,    -",
            "none,    text,    none,    -",
            // a cell that is simply missing
            "text,    missing, text,    framework.import.missingDescriptor",
            // a blank text that is not the mark
            "text,    blank,   text,    framework.import.descriptorText",
            // nothing at any column: the theme could never be chosen
            "none,    none,    none,    framework.import.noDescriptorAtAll",
    })
    void a_draft_is_published_only_when_every_cell_is_described_or_marked_empty(String core, String afn,
                                                                                  String hln1, String problem) {
        List<ImportProblem> problems = FrameworkCsv.check(content(core, afn, hln1));
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(ImportProblem::messageKey).containsExactly(problem);
        }
    }
}
