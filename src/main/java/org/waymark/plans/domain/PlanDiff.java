package org.waymark.plans.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The differences between two versions of a plan, line by line. Each line is addressed by a
 * stable path (section, item, field) so an outcome that moved in the list but kept its key
 * counts as the same outcome.
 */
public final class PlanDiff {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One difference: the section it is in, the item's path, the old and the new text. */
    public record Change(Kind kind, String section, String path, @Nullable String before, @Nullable String after) {
    }

    private PlanDiff() {
    }

    public static List<Change> between(PlanContent older, PlanContent newer) {
        Map<String, String> a = flatten(older);
        Map<String, String> b = flatten(newer);
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            String before = a.get(path);
            String after = b.get(path);
            String section = path.substring(0, path.indexOf('/'));
            if (before == null) {
                changes.add(new Change(Kind.ADDED, section, path, null, after));
            } else if (after == null) {
                changes.add(new Change(Kind.REMOVED, section, path, before, null));
            } else if (!before.equals(after)) {
                changes.add(new Change(Kind.CHANGED, section, path, before, after));
            }
        }
        return changes;
    }

    /** Every line of a plan under a stable path, in reading order. */
    static Map<String, String> flatten(PlanContent c) {
        Map<String, String> lines = new LinkedHashMap<>();
        statements(lines, "whatMatters", c.whatMatters());
        statements(lines, "likedFor", c.likedFor());
        statements(lines, "howToSupport", c.howToSupport());
        for (PlanContent.Need need : c.needs()) {
            lines.put("needs/" + need.area().name(), need.description());
        }
        for (PlanContent.Outcome o : c.outcomes()) {
            lines.put("outcomes/" + o.key() + "/text", o.text());
            lines.put("outcomes/" + o.key() + "/targetDate", o.targetDate().toString());
        }
        provisions(lines, "provisions", c.provisions());
        if (c.assistantRole() != null) {
            lines.put("assistantRole/description", c.assistantRole().description());
            lines.put("assistantRole/outcomes", String.join(", ", c.assistantRole().outcomeKeys()));
        }
        for (int i = 0; i < c.equipment().size(); i++) {
            lines.put("equipment/" + (i + 1), c.equipment().get(i));
        }
        for (int i = 0; i < c.agencies().size(); i++) {
            lines.put("agencies/" + (i + 1), c.agencies().get(i));
        }
        ehc(lines, c.ehc());
        return lines;
    }

    /** An EHC plan's own sections; nothing for other plans (their sections are empty). */
    private static void ehc(Map<String, String> lines, EhcSections e) {
        statements(lines, "aspirations", e.aspirations());
        numbered(lines, "healthNeeds", e.healthNeeds());
        numbered(lines, "socialCareNeeds", e.socialCareNeeds());
        provisions(lines, "healthProvision", e.healthProvision());
        provisions(lines, "socialCareSection2", e.socialCareSection2());
        provisions(lines, "otherSocialCare", e.otherSocialCare());
        if (e.placement() != null) {
            lines.put("placement/name", e.placement().name());
            lines.put("placement/type", e.placement().type().name());
        }
        if (e.personalBudget() != null) {
            lines.put("personalBudget/arrangements", e.personalBudget().arrangements());
            lines.put("personalBudget/annualAmount", plain(e.personalBudget().annualAmount()));
            lines.put("personalBudget/directPayments", plain(e.personalBudget().directPayments()));
        }
        for (int i = 0; i < e.advice().size(); i++) {
            EhcSections.Advice a = e.advice().get(i);
            lines.put("advice/" + (i + 1), a.from() + " (" + a.dated() + ")");
        }
    }

    private static void numbered(Map<String, String> lines, String section, List<String> list) {
        for (int i = 0; i < list.size(); i++) {
            lines.put(section + "/" + (i + 1), list.get(i));
        }
    }

    /** Provision under stable paths: its outcome's key and its place among that outcome's provision. */
    private static void provisions(Map<String, String> lines, String section, List<PlanContent.Provision> list) {
        Map<String, Integer> perOutcome = new LinkedHashMap<>();
        for (PlanContent.Provision p : list) {
            int n = perOutcome.merge(p.outcomeKey(), 1, Integer::sum);
            String base = section + "/" + p.outcomeKey() + "." + n + "/";
            lines.put(base + "what", p.what());
            lines.put(base + "who", p.who());
            lines.put(base + "frequency", p.frequency());
            lines.put(base + "hoursPerWeek", plain(p.hoursPerWeek()));
            lines.put(base + "annualCost", plain(p.annualCost()));
            lines.put(base + "language", p.language().name());
            lines.put(base + "groupSize", p.groupSize().name());
        }
    }

    private static void statements(Map<String, String> lines, String section, List<PlanContent.Statement> list) {
        for (int i = 0; i < list.size(); i++) {
            PlanContent.Statement s = list.get(i);
            lines.put(section + "/" + (i + 1), voiceMark(s.voice()) + s.text());
        }
    }

    private static String voiceMark(Voice voice) {
        return "[" + voice.name() + "] ";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
