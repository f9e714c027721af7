package org.waymark.moderation.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.waymark.base.domain.SafeCsv;
import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.documents.domain.Labels;
import org.waymark.documents.domain.PdfPages;
import org.waymark.moderation.domain.BudgetPosition;
import org.waymark.moderation.domain.CaseOutcome;
import org.waymark.moderation.domain.ModerationMeeting;
import org.waymark.security.service.People;

/**
 * The documents a closed meeting keeps: the moderation record (who chaired it, attendees, every case
 * with its decision, by whom (display names) and reason, FNF money, the budget before and after) as a PDF, and the virement
 * requests — the AFN agreed per school, to move from the family's budget to each school — as CSV.
 */
final class MeetingRecord {

    private final Labels labels;

    MeetingRecord(Labels labels) {
        this.labels = labels;
    }

    byte[] pdf(ModerationService.MeetingDetails d, String familyName) {
        ModerationMeeting m = d.meeting();
        People people = d.people();
        String title = labels.get("moderation.record.title", Dates.DAY_MONTH_YEAR.format(m.getMeetingDate()));
        PdfPages pages = new PdfPages(labels, familyName + " — " + title, title);
        pages.title(title).heading(familyName)
                .paragraph(labels.get("moderation.record.chair", people.name(m.getOpenedBy())));
        if (m.getClosedBy() != null) {
            pages.paragraph(labels.get("moderation.record.closed", people.name(m.getClosedBy()),
                    m.getClosedAt() == null ? "" : Dates.DAY_MONTH_YEAR_TIME.format(m.getClosedAt())));
        }
        sectionIfAny(pages, "moderation.attendees", m.getAttendees().stream()
                .map(a -> a.name() + " — " + a.capacity()).toList());
        List<String> cases = new ArrayList<>();
        for (ModerationService.CaseLine line : d.cases()) {
            var c = line.meetingCase();
            String decision = c.outcome() == null ? labels.get("moderation.record.undecided")
                    : labels.get("enum.CaseOutcome." + c.outcome().name())
                    + outcomeWords(c.level(), c.amount()) + " — " + c.reason() + " (" + people.name(c.decidedBy()) + ")";
            cases.add(line.pupilName() + ", " + line.schoolName() + " (" + levelOrAmount(line.level()) + "): " + decision);
        }
        sectionIfAny(pages, "moderation.cases", cases);
        sectionIfAny(pages, "moderation.fnf", m.getFnfAllocations().stream().map(a -> labels.get("enum.FnfPurpose."
                + a.purpose().name()) + ": " + Money.pounds(a.amount()) + " — " + a.note()).toList());
        BudgetPosition after = d.budget();
        pages.section("moderation.budget", List.of(
                labels.get("moderation.record.before", "AFN", Money.pounds(after.afn().remaining().add(after.afn().committed()))),
                labels.get("moderation.record.after", "AFN", Money.pounds(after.afn().remaining())),
                labels.get("moderation.record.before", "FNF", Money.pounds(after.fnf().remaining().add(after.fnf().committed()))),
                labels.get("moderation.record.after", "FNF", Money.pounds(after.fnf().remaining())),
                labels.get("moderation.contingency", Money.pounds(after.contingency()))));
        return pages.finish();
    }

    /** A record keeps what happened: a section with nothing in it is left out, not filled with "nothing recorded yet". */
    private static void sectionIfAny(PdfPages pages, String headingKey, List<String> lines) {
        if (!lines.isEmpty()) {
            pages.section(headingKey, lines);
        }
    }

    /** " AFN low £3,000": the level agreed by name and the amount, each when there is one. */
    private String outcomeWords(@Nullable String level, @Nullable BigDecimal amount) {
        return (level == null ? "" : " " + labels.level(level)) + (amount == null ? "" : " " + Money.pounds(amount));
    }

    /** The level in question by name; an HLN line held as an amount ("£12,000.00") reads as that amount. */
    private String levelOrAmount(@Nullable String level) {
        return level == null ? "—" : labels.level(level);
    }

    /**
     * One line per school: the AFN agreed for its pupils in this meeting, to be moved to its
     * budget. AFN for pupils another authority pays for is a line of its own per school and
     * authority, naming that authority in {@code recoup_from} (empty when the authority pays).
     */
    static byte[] virements(ModerationService.MeetingDetails d) {
        record Key(String school, String recoupFrom) implements Comparable<Key> {
            @Override
            public int compareTo(Key o) {
                int bySchool = school.compareTo(o.school);
                return bySchool != 0 ? bySchool : recoupFrom.compareToIgnoreCase(o.recoupFrom);
            }
        }
        Map<Key, BigDecimal> amounts = new TreeMap<>();
        Map<Key, Integer> pupils = new TreeMap<>();
        for (ModerationService.CaseLine line : d.cases()) {
            var c = line.meetingCase();
            if (c.outcome() == CaseOutcome.AGREED && c.amount() != null) {
                Key key = new Key(line.schoolName(), line.recoupFrom() == null ? "" : line.recoupFrom());
                amounts.merge(key, c.amount(), BigDecimal::add);
                pupils.merge(key, 1, Integer::sum);
            }
        }
        StringWriter out = new StringWriter();
        try (SafeCsv.Printer csv = SafeCsv.printer(out, CSVFormat.RFC4180)) {
            csv.printRecord("school", "pupils", "afn_amount", "meeting_date", "financial_year", "recoup_from");
            for (Map.Entry<Key, BigDecimal> e : amounts.entrySet()) {
                csv.printRecord(e.getKey().school(), pupils.get(e.getKey()), e.getValue().setScale(2).toPlainString(),
                        d.meeting().getMeetingDate(), Dates.financialYearLabel(d.meeting().getFinancialYear()),
                        e.getKey().recoupFrom());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
