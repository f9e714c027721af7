package org.waymark.allocations.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.allocations.domain.AllocationEnd;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Translations;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * What the ledger says about a line in words, in the reader's language: why it ended (or will
 * end early), the day the authority was told of the move or leaving that ended it, a review
 * due. The authority it is recouped from is shown on its own, beside these notes.
 */
final class LineNotes {

    private LineNotes() {
    }

    static String of(@Nullable AllocationEnd endReason, LocalDate endDate, @Nullable LocalDate notifiedOn,
                     @Nullable LocalDate reviewDueBy, LocalDate today) {
        List<String> parts = new ArrayList<>();
        if (endReason != null) {
            parts.add(Translations.label(endReason));
        } else if (endDate.isBefore(today)) {
            parts.add(I18NProvider.translate("ledger.ranToEnd"));
        }
        if (notifiedOn != null) {
            parts.add(I18NProvider.translate("ledger.notified", Dates.DAY_MONTH_YEAR.format(notifiedOn)));
        }
        if (reviewDueBy != null) {
            parts.add(I18NProvider.translate("ledger.reviewDue", Dates.DAY_MONTH_YEAR.format(reviewDueBy)));
        }
        return String.join(" · ", parts);
    }

    /** A line's amount in words: hours a week for assistant hours, otherwise the yearly amount in pounds. */
    static String amount(FundingStream stream, java.math.BigDecimal amount) {
        return stream.inHours()
                ? I18NProvider.translate("ledger.hoursAWeek", amount.stripTrailingZeros().toPlainString())
                : org.waymark.base.domain.Money.pounds(amount);
    }

    /**
     * A line's stream and level in words: FNF lines carry what the family agreed the money for
     * (training, Family SENCO time, transition support); other streams their level by name ("AFN low",
     * "HLN 1 (high level needs)"), which names the stream too; a line with no level, its stream.
     */
    static String streamAndLevel(FundingStream stream, @Nullable String level) {
        String words = Translations.label(stream);
        if (level == null) {
            return words;
        }
        if (stream == FundingStream.FNF) {
            return words + " " + I18NProvider.translate("enum.FnfPurpose." + level);
        }
        String name = Translations.level(level);
        return name.equals(level) && !level.startsWith(stream.name()) ? words + " " + level : name;
    }
}
