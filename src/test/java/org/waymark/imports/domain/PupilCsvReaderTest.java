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

class PupilCsvReaderTest {

    private final List<ImportedPupil> rows = new ArrayList<>();

    private PupilCsvReader.Result read(String csv) {
        return PupilCsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), rows::add);
    }

    private static final String HEADER =
            "scottish_candidate_number,first_name,last_name,date_of_birth,stage,school,asn_reasons\n";

    @Test
    void valid_rows_are_read_with_their_reasons_as_areas() {
        PupilCsvReader.Result result = read(HEADER
                + "123456789,Morag,Baird,2017-05-06,P4,4001,\"Dyslexia; Hearing impairment; Young carer\"\n"
                + "\n"
                + "987654321,Iain,Rennie,06/07/2013,S1,4002,Autistic spectrum disorder\n");

        assertThat(result.readable()).isTrue();
        assertThat(result.rows()).isEqualTo(2);
        ImportedPupil first = rows.get(0);
        assertThat(first.problems()).isEmpty();
        assertThat(first.candidateNumber()).isEqualTo("123456789");
        assertThat(first.yearGroup()).isEqualTo(YearGroup.P4);
        assertThat(first.needs()).containsExactly(AreaOfNeed.COGNITION_LEARNING, AreaOfNeed.SENSORY_MEDICAL_PHYSICAL);
        assertThat(first.schoolReference()).isEqualTo("4001");
        assertThat(first.line()).isEqualTo(2);
        ImportedPupil second = rows.get(1);
        assertThat(second.dateOfBirth()).isEqualTo(LocalDate.of(2013, 7, 6));
        assertThat(second.line()).isEqualTo(4);
    }

    @Test
    void each_error_names_its_line_and_column() {
        read(HEADER
                + "12345,Morag,Baird,2017-05-06,P4,4001,Dyslexia\n"
                + "123456789,,Baird,2017-13-06,P9,,Young carer\n");

        assertThat(rows.get(0).problems()).containsExactly(Problem.of(2, "scottish_candidate_number", "pupil.scn.format"));
        assertThat(rows.get(1).problems()).containsExactly(
                Problem.of(3, "first_name", "imports.name.missing"),
                Problem.of(3, "date_of_birth", "imports.csv.dob", "2017-13-06"),
                Problem.of(3, "stage", "imports.year.unknown", "P9"),
                Problem.of(3, "school", "imports.csv.schoolMissing"),
                Problem.of(3, "asn_reasons", "imports.csv.noReason"));
    }

    @Test
    void a_missing_column_refuses_the_file() {
        PupilCsvReader.Result result = read("first_name,last_name,date_of_birth,stage,school,asn_reasons\nA,B,2017-01-01,P1,1,Dyslexia\n");

        assertThat(result.readable()).isFalse();
        assertThat(result.fileProblems()).containsExactly(
                Problem.of(1, "scottish_candidate_number", "imports.csv.missingColumn", "scottish_candidate_number"));
        assertThat(rows).isEmpty();
    }

    @Test
    void a_file_that_is_not_utf8_is_refused() {
        byte[] latin1 = (HEADER + "123456789,M\u00e0iri,Baird,2017-05-06,P4,4001,Dyslexia\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        PupilCsvReader.Result result = PupilCsvReader.read(new ByteArrayInputStream(latin1), rows::add);

        assertThat(result.fileProblems()).extracting(Problem::key).containsExactly("imports.csv.unreadable");
    }
}
