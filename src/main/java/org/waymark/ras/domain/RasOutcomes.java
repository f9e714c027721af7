package org.waymark.ras.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An authority's generic outcomes (the Gloucestershire RAS uses ten), each with a scale of
 * difficulty levels (level 0 = no more difficulty than most of the same age) and a weight. An
 * outcome scored at level {@code n} is worth {@code n × weight} points; a case's points are the sum.
 */
public record RasOutcomes(List<Outcome> outcomes) {

    /** How many outcomes a framework holds (SPEC §10: ten generic outcomes). */
    public static final int OUTCOMES = 10;

    /** One outcome: its code, name, weight and the description of each level, from 0 up. */
    public record Outcome(String code, String name, int weight, List<String> levels) {

        public int maxLevel() {
            return levels.size() - 1;
        }

        public int points(int level) {
            return level * weight;
        }
    }

    public RasOutcomes {
        outcomes = List.copyOf(outcomes);
    }

    public Optional<Outcome> outcome(String code) {
        return outcomes.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** Points for the levels given per outcome code; an outcome not given counts 0. */
    public int points(Map<String, Integer> levels) {
        return outcomes.stream().mapToInt(o -> o.points(levels.getOrDefault(o.code(), 0))).sum();
    }

    /** The most points a case can score. */
    public int maxPoints() {
        return outcomes.stream().mapToInt(o -> o.points(o.maxLevel())).sum();
    }
}
