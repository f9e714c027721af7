package org.waymark.moderation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.waymark.moderation.domain.BudgetPosition;
import org.waymark.moderation.domain.CaseKind;
import org.waymark.moderation.domain.CaseOutcome;
import org.waymark.moderation.domain.MeetingCase;
import org.waymark.moderation.domain.ModerationMeeting;

/** The virement requests a closed meeting keeps: AFN per school, recouped AFN per school and paying authority. */
class MeetingRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static ModerationService.CaseLine line(int index, String school, @Nullable CaseOutcome outcome,
                                                   @Nullable String amount, @Nullable String recoupFrom) {
        MeetingCase c = new MeetingCase(CaseKind.BID, 100 + index, 200L + index, outcome, "AFN",
                amount == null ? null : new BigDecimal(amount), outcome == null ? null : "Evidence fits AFN",
                outcome == null ? null : "family.senco", outcome == null ? null : NOW);
        return new ModerationService.CaseLine(index, c, "Pupil " + index, school, "AFN", recoupFrom);
    }

    @Test
    void recouped_afn_is_its_own_line_naming_the_authority_that_pays() {
        ModerationMeeting meeting = ModerationMeeting.open(1, 1, 2026, LocalDate.of(2026, 11, 27), List.of(),
                "family.senco", NOW);
        BudgetPosition budget = new BudgetPosition(
                new BudgetPosition.Stream(new BigDecimal("50000"), BigDecimal.ZERO, BigDecimal.ZERO),
                new BudgetPosition.Stream(new BigDecimal("10000"), BigDecimal.ZERO, BigDecimal.ZERO),
                new BigDecimal("5000"));
        var details = new ModerationService.MeetingDetails(meeting, List.of(
                line(0, "Larkfield Primary School", CaseOutcome.AGREED, "3000", null),
                line(1, "Larkfield Primary School", CaseOutcome.AGREED, "2500", "Brackenmoor Borough Council"),
                line(2, "Larkfield Primary School", CaseOutcome.AGREED, "1000", null),
                line(3, "Ashbourne Vale Academy", CaseOutcome.AGREED, "4000", "Brackenmoor Borough Council"),
                line(4, "Ashbourne Vale Academy", CaseOutcome.AGREED, "1500", "brackenmoor borough council"),
                line(5, "Ashbourne Vale Academy", CaseOutcome.DECLINED, null, "Kentshire County Council"),
                line(6, "Ashbourne Vale Academy", null, null, null)), budget, true, List.of(), java.util.Map.of(),
                org.waymark.security.service.People.NONE);

        String csv = new String(MeetingRecord.virements(details), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).containsExactly(
                "school,pupils,afn_amount,meeting_date,financial_year,recoup_from",
                "Ashbourne Vale Academy,2,5500.00,2026-11-27,2026-27,Brackenmoor Borough Council",
                "Larkfield Primary School,2,4000.00,2026-11-27,2026-27,",
                "Larkfield Primary School,1,2500.00,2026-11-27,2026-27,Brackenmoor Borough Council");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "en | Chaired by Fran Okafor | Closed by Fran Okafor | AFN low | Nothing recorded yet",
            "cy | Cadeirydd: Fran Okafor | Caewyd gan Fran Okafor | AFN isel | Dim wedi’i gofnodi eto",
    })
    void the_closed_record_names_the_chair_and_levels_by_name_and_leaves_out_empty_sections(
            String language, String chairLine, String closedLine, String levelName, String nothingLine) throws Exception {
        ModerationMeeting meeting = ModerationMeeting.open(1, 1, 2026, LocalDate.of(2026, 11, 27), List.of(),
                "family.senco", NOW);
        meeting.close("family.senco", NOW);
        BudgetPosition budget = new BudgetPosition(
                new BudgetPosition.Stream(new BigDecimal("50000"), BigDecimal.ZERO, BigDecimal.ZERO),
                new BudgetPosition.Stream(new BigDecimal("10000"), BigDecimal.ZERO, BigDecimal.ZERO),
                new BigDecimal("5000"));
        MeetingCase agreed = new MeetingCase(CaseKind.BID, 100, 200L, CaseOutcome.AGREED, "AFN_LOW",
                new BigDecimal("3000"), "Evidence fits AFN", "family.senco", NOW);
        var details = new ModerationService.MeetingDetails(meeting, List.of(
                new ModerationService.CaseLine(0, agreed, "Ava Ashworth", "Larkfield Primary School", "AFN", null)),
                budget, true, List.of(), java.util.Map.of(),
                new org.waymark.security.service.People(java.util.Map.of("family.senco", "Fran Okafor"), false));
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        String nothing = org.waymark.benchmark.Bundles.labels(locale).get("pdf.empty");

        String text = org.waymark.PdfText.of(new MeetingRecord(org.waymark.benchmark.Bundles.labels(locale))
                .pdf(details, "Larkfield Family")).replaceAll("\\s+", " ");

        assertThat(text).contains(chairLine, closedLine, "Ava Ashworth", levelName, "(Fran Okafor)");
        assertThat(text).doesNotContain("family.senco", "AFN_LOW", nothing);
        assertThat(nothing).startsWith(nothingLine.substring(0, 3));
    }
}
