package org.waymark.bids.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.base.domain.Violation;

/**
 * What a bid must meet before the school can submit it (errors), and what the school should
 * think about first (warnings). Each message is an i18n key with its figures, written to say
 * what to do, not only what is wrong.
 */
public final class BidRules {

    public static final int MAX_EVIDENCE = 4000;
    /** An evidence rule's level that stands for every HLN column. */
    static final String HIGH_NEEDS_WILDCARD = "HLN";

    private BidRules() {
    }

    /** The outcome of checking a bid: errors stop a submission, warnings do not. */
    public record Check(List<Violation> errors, List<Violation> warnings) {
        public boolean mayBeSubmitted() {
            return errors.isEmpty();
        }
    }

    public static Check check(Bid bid, BidContext context) {
        List<Violation> errors = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();
        if (!context.schoolMayBidToFamily()) {
            errors.add(Violation.of("school", "bid.rule.optedOut"));
        }
        Set<String> areas = bid.areaCodes();
        if (areas.isEmpty()) {
            errors.add(Violation.of("areas", "bid.rule.noArea"));
        }
        for (String area : areas) {
            for (String theme : context.themesByArea().getOrDefault(area, List.of())) {
                ThemeChoice choice = bid.getChoices().stream()
                        .filter(c -> c.areaCode().equals(area) && c.themeCode().equals(theme)).findFirst().orElse(null);
                if (choice == null) {
                    errors.add(Violation.of("theme." + theme, "bid.rule.themeChoice", theme));
                } else if (choice.evidence().isBlank()) {
                    errors.add(Violation.of("theme." + theme, "bid.rule.themeEvidence", theme));
                } else if (choice.evidence().length() > MAX_EVIDENCE) {
                    errors.add(Violation.of("theme." + theme, "bid.rule.tooLong", MAX_EVIDENCE));
                }
            }
        }
        String asked = bid.getLevelAsked();
        if (!LevelCodes.isTopUp(asked)) {
            errors.add(Violation.of("levelAsked", "bid.rule.levelRequired"));
        } else {
            if (!Objects.equals(asked, bid.getLevelProposed())
                    && (bid.getLevelReason() == null || bid.getLevelReason().isBlank())) {
                errors.add(Violation.of("levelReason", "bid.rule.levelReason"));
            }
            // top-up starts where the notional budget ends: the school shows it has spent that first
            if (bid.fundedTotal().compareTo(context.threshold()) < 0) {
                errors.add(Violation.of("fundedProvision", "bid.rule.threshold", context.threshold(),
                        bid.fundedTotal()));
            }
            for (BidContext.EvidenceRequirement r : missingEvidence(bid, context)) {
                errors.add(Violation.of("attachments", "bid.rule.evidence", r.message()));
            }
            // what the ledger says the pupil holds decides the panel: more is an increase, the same or less a resubmission
            switch (HighNeedsRequest.classify(context.currentHighNeedsLevel(), asked)) {
                case INCREASE -> warnings.add(Violation.of("levelAsked", "bid.rule.increase",
                        context.currentHighNeedsLevel()));
                case RESUBMISSION -> warnings.add(Violation.of("levelAsked", "bid.rule.resubmission",
                        context.currentHighNeedsLevel()));
                default -> {
                    // a new application: nothing to say
                }
            }
        }
        if (areas.stream().anyMatch(context.behaviourAreas()::contains)
                && !Boolean.TRUE.equals(bid.getBehaviourSupportSought())) {
            warnings.add(Violation.of("behaviourSupportSought", "bid.rule.behaviourPartnership"));
        }
        if (bid.getParentViews().isBlank() && bid.getChildViews().isBlank()) {
            warnings.add(Violation.of("views", "bid.rule.noViews"));
        }
        if (bid.getRecoupFrom() != null) {
            warnings.add(Violation.of("pupil", "bid.rule.recoupment", bid.getRecoupFrom()));
        }
        return new Check(errors, warnings);
    }

    /**
     * The areas step: a bid is made under at least one area of need, each one the framework has.
     * Checked when the step is saved, so the school hears it there and not only at the end.
     */
    public static List<Violation> areas(Set<String> chosen, Set<String> known) {
        if (chosen.isEmpty()) {
            return List.of(Violation.of("areas", "bid.rule.noArea"));
        }
        if (!known.containsAll(chosen)) {
            return List.of(Violation.of("areas", "bid.unknownArea"));
        }
        return List.of();
    }

    /**
     * The evidence the bid still lacks: every requirement that applies needs a document of its
     * own. Two requirements asking for the same kind (two professional reports, say) need two
     * such documents; one document answers only one of them, in the order the authority lists
     * them.
     */
    static List<BidContext.EvidenceRequirement> missingEvidence(Bid bid, BidContext context) {
        Map<AttachmentKind, Integer> left = new EnumMap<>(AttachmentKind.class);
        context.attached().forEach(kind -> left.merge(kind, 1, Integer::sum));
        List<BidContext.EvidenceRequirement> missing = new ArrayList<>();
        for (BidContext.EvidenceRequirement r : context.evidence()) {
            if (!applies(r, bid)) {
                continue;
            }
            int available = left.getOrDefault(r.kind(), 0);
            if (available > 0) {
                left.put(r.kind(), available - 1);
            } else {
                missing.add(r);
            }
        }
        return missing;
    }

    /**
     * Whether an evidence rule applies: under a theme, when the column chosen for that theme
     * matches its level; under an area (or anywhere), when the level asked matches. "HLN" matches
     * every HLN column in both cases.
     */
    static boolean applies(BidContext.EvidenceRequirement r, Bid bid) {
        if (r.themeCode() != null) {
            return bid.getChoices().stream().anyMatch(c -> c.themeCode().equals(r.themeCode())
                    && levelMatches(r.levelCode(), c.levelCode()));
        }
        boolean areaMatches = r.areaCode() == null || bid.areaCodes().contains(r.areaCode());
        return areaMatches && levelMatches(r.levelCode(), bid.getLevelAsked());
    }

    /** A rule's level ({@code null} for any, "HLN" for any HLN column) against a column or level. */
    static boolean levelMatches(@Nullable String ruleLevel, @Nullable String level) {
        return ruleLevel == null || ruleLevel.equals(level)
                || (ruleLevel.equals(HIGH_NEEDS_WILDCARD) && LevelCodes.isHighNeeds(level));
    }
}
