package org.waymark.descriptors.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Proposes the level a bid should ask for from the columns chosen per key theme. The rule, in
 * words: in each area, the highest column reached by at least {@code minThemes} of the area's
 * chosen themes (or by all of them, when fewer were chosen) — counting a theme placed higher as
 * also meeting the lower columns, since descriptors are cumulative; across areas, the highest of
 * those. One theme far above the others is a reason to look again, not enough for a level on
 * its own. People decide: the proposal only starts the conversation. {@code minThemes} is set by
 * {@code waymark.bids.proposal.min-themes} (default 2).
 */
public final class LevelProposal {

    public static final int DEFAULT_MIN_THEMES = 2;

    private LevelProposal() {
    }

    /** A theme's chosen column. */
    public record Choice(String areaCode, String themeCode, String levelCode) {
    }

    /** The proposed column, where it comes from, and how many themes support it. */
    public record Proposal(String levelCode, String areaCode, long themesAtOrAbove, long themesChosen) {
    }

    public static Optional<Proposal> propose(List<Choice> choices, int minThemes) {
        Map<String, List<Choice>> byArea = choices.stream().collect(Collectors.groupingBy(Choice::areaCode));
        Proposal best = null;
        for (Map.Entry<String, List<Choice>> area : byArea.entrySet()) {
            Proposal proposal = forArea(area.getKey(), area.getValue(), minThemes);
            if (best == null || LevelColumn.rank(proposal.levelCode()) > LevelColumn.rank(best.levelCode())) {
                best = proposal;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Proposal forArea(String areaCode, List<Choice> choices, int minThemes) {
        long needed = Math.min(Math.max(1, minThemes), choices.size());
        List<String> columns = LevelColumn.ORDER.reversed();
        for (String column : columns) {
            int rank = LevelColumn.rank(column);
            long atOrAbove = choices.stream().filter(c -> LevelColumn.rank(c.levelCode()) >= rank).count();
            if (atOrAbove >= needed) {
                return new Proposal(column, areaCode, atOrAbove, choices.size());
            }
        }
        return new Proposal(LevelColumn.ORDER.getFirst(), areaCode, choices.size(), choices.size());
    }
}
