package org.waymark.aln.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A few enum values kept in one column, as their names joined by commas in declaration order. */
final class Codes {

    private Codes() {
    }

    static String join(Collection<? extends Enum<?>> values) {
        return values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(Enum::name)
                .distinct().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> List<E> split(String joined, Class<E> type) {
        if (joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(name -> Enum.valueOf(type, name.strip())).toList();
    }
}
