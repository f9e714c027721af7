package org.waymark.imports.domain;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.YearGroup;

/**
 * The fields an import may change on a held pupil, in the groups the preview names them by
 * ({@code imports.field.<group>}), and how the journal keeps a group's values: {@code key=value}
 * pairs joined by {@code &}, each value URL-encoded, an empty field left out. A group is restored
 * as a whole — a pupil's main need and areas of need, or "looked after" and by whom, belong
 * together — and only when it still holds what the import wrote (DD020).
 */
public final class ImportedFields {

    /** The groups, in the order the screen lists them. */
    public static final List<String> GROUPS = List.of("name", "dateOfBirth", "number", "yearGroup", "needs",
            "lookedAfter", "language");

    private ImportedFields() {
    }

    /** Each group's encoded values in {@code d}. */
    public static Map<String, String> values(PupilDetails d) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String group : GROUPS) {
            values.put(group, value(d, group));
        }
        return values;
    }

    /** The groups whose values differ between {@code before} and {@code after}. */
    public static Map<String, String[]> changed(PupilDetails before, PupilDetails after) {
        Map<String, String[]> changed = new LinkedHashMap<>();
        for (String group : GROUPS) {
            String old = value(before, group);
            String now = value(after, group);
            if (!old.equals(now)) {
                changed.put(group, new String[] {old, now});
            }
        }
        return changed;
    }

    /** One group's encoded values in {@code d}. */
    public static String value(PupilDetails d, String group) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        switch (group) {
            case "name" -> {
                v.put("first", d.getFirstName());
                v.put("last", d.getLastName());
                v.put("preferred", d.getPreferredName());
            }
            case "dateOfBirth" -> v.put("dob", d.getDateOfBirth());
            case "number" -> {
                v.put("upn", d.getUpn());
                v.put("scn", d.getCandidateNumber());
            }
            case "yearGroup" -> v.put("year", d.getYearGroup() == null ? null : d.getYearGroup().name());
            case "needs" -> {
                v.put("primary", d.getPrimaryNeed() == null ? null : d.getPrimaryNeed().name());
                v.put("areas", d.getAreasOfNeed().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new))
                        .stream().collect(Collectors.joining(",")));
            }
            case "lookedAfter" -> {
                v.put("lookedAfter", d.isLookedAfter());
                v.put("by", d.getLookedAfterBy());
                v.put("byUnmatched", d.getLookedAfterByUnmatched());
            }
            case "language" -> v.put("language", d.getPreferredLanguage());
            default -> throw new IllegalArgumentException("no field group " + group);
        }
        return encode(v);
    }

    /** Puts a group's encoded values back into {@code d}. */
    public static void restore(PupilDetails d, String group, String encoded) {
        Map<String, String> v = decode(encoded);
        switch (group) {
            case "name" -> {
                d.setFirstName(v.getOrDefault("first", ""));
                d.setLastName(v.getOrDefault("last", ""));
                d.setPreferredName(v.get("preferred"));
            }
            case "dateOfBirth" -> d.setDateOfBirth(v.containsKey("dob") ? LocalDate.parse(v.get("dob")) : null);
            case "number" -> {
                d.setUpn(v.get("upn"));
                d.setCandidateNumber(v.get("scn"));
            }
            case "yearGroup" -> d.setYearGroup(v.containsKey("year") ? YearGroup.valueOf(v.get("year")) : null);
            case "needs" -> {
                d.setPrimaryNeed(v.containsKey("primary") ? AreaOfNeed.valueOf(v.get("primary")) : null);
                EnumSet<AreaOfNeed> areas = EnumSet.noneOf(AreaOfNeed.class);
                for (String a : v.getOrDefault("areas", "").split(",")) {
                    if (!a.isBlank()) {
                        areas.add(AreaOfNeed.valueOf(a));
                    }
                }
                d.setAreasOfNeed(areas);
            }
            case "lookedAfter" -> {
                d.setLookedAfter(Boolean.parseBoolean(v.get("lookedAfter")));
                d.setLookedAfterBy(v.get("by"));
                d.setLookedAfterByUnmatched(v.get("byUnmatched"));
            }
            case "language" -> d.setPreferredLanguage(v.getOrDefault("language", "en"));
            default -> throw new IllegalArgumentException("no field group " + group);
        }
    }

    static String encode(Map<String, @Nullable Object> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((k, value) -> {
            if (value != null && !String.valueOf(value).isEmpty()) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                out.append(k).append('=').append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
