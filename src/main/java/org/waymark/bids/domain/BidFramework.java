package org.waymark.bids.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The descriptor framework as a bid sees it: areas of need with their level columns, key themes
 * with one descriptor per column, the funding levels with their bands, the notional threshold
 * and the evidence a bid must carry. Read from the published framework the bid was made against.
 */
public record BidFramework(long id, String label, List<Area> areas, List<Level> levels, BigDecimal threshold,
                           List<BidContext.EvidenceRequirement> evidence, Set<String> behaviourAreas) {

    public BidFramework {
        areas = List.copyOf(areas);
        levels = List.copyOf(levels);
        evidence = List.copyOf(evidence);
        behaviourAreas = Set.copyOf(behaviourAreas);
    }

    /** An area of need and the level columns it has (one area may have fewer than another). */
    public record Area(String code, String name, List<String> columns, List<Theme> themes) {
        public Area {
            columns = List.copyOf(columns);
            themes = List.copyOf(themes);
        }
    }

    /**
     * A key theme with its descriptor for each of its area's columns; an empty text is a column the
     * framework marks "no descriptor at this level" for this theme.
     */
    public record Theme(String code, String name, Map<String, String> descriptors) {
        public Theme {
            descriptors = Map.copyOf(descriptors);
        }

        public String descriptor(String column) {
            return descriptors.getOrDefault(column, "");
        }

        /** Whether the theme has a descriptor at this column (false where the framework marks none). */
        public boolean hasDescriptor(String column) {
            return !descriptor(column).isBlank();
        }
    }

    /** A funding level in a column, with its band (min = max for a fixed amount). */
    public record Level(String code, String name, String column, BigDecimal min, BigDecimal max) {
        public boolean fixed() {
            return min.compareTo(max) == 0;
        }
    }

    public Optional<Area> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Map<String, List<String>> themesByArea() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        areas.forEach(a -> map.put(a.code(), a.themes().stream().map(Theme::code).toList()));
        return map;
    }

    /** The level codes a bid may ask for: the top-up levels, without the core column. */
    public List<String> askableLevels() {
        return levels.stream().map(Level::column).filter(LevelCodes::isTopUp).distinct().toList();
    }

    /** Whether the theme has a descriptor at the column (a column marked empty cannot be its best fit). */
    public boolean describes(String themeCode, String column) {
        return areas.stream().flatMap(a -> a.themes().stream()).filter(t -> t.code().equals(themeCode))
                .anyMatch(t -> t.hasDescriptor(column));
    }

    public @Nullable String themeName(String themeCode) {
        return areas.stream().flatMap(a -> a.themes().stream()).filter(t -> t.code().equals(themeCode))
                .map(Theme::name).findFirst().orElse(null);
    }
}
