package org.waymark.pupils.domain;

import org.waymark.organisation.domain.Scheme;
import java.util.Set;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a feature built on pupils (plans, bids, funding, letters) holds about a pupil, for the
 * pupil's record and the pupil grid. Each such feature implements it, so pupils need not know
 * them (like {@code bids.domain.BidHearings}); texts are message keys the screens translate.
 */
public interface PupilHoldings {

    /** Where the feature sits on the record and in the grid: lower first. */
    int order();

    /**
     * What the feature holds about one pupil as the caller may see it, read through the feature's
     * own service (its scope check and audit, as its own page does); empty when it has nothing to
     * offer this caller.
     */
    Optional<Holding> about(long pupilId);

    /**
     * The schemes under which the feature's work is done: a pupil of an authority running none of
     * them gets no link to it (a Scottish pupil's record offers no top-up bids), and a reader of such
     * an authority no grid column. Every scheme by default (plans, funding).
     */
    default Set<Scheme> schemes() {
        return EnumSet.allOf(Scheme.class);
    }

    /** The header key of the feature's column in the pupil grid, or null when it has none. */
    default @Nullable String columnKey() {
        return null;
    }

    /**
     * The feature's grid cell for each pupil of a page (pupils without one left out), in one
     * query for the whole page. The pupils are those of the caller's list; the feature keeps out
     * what the caller may not see of them.
     */
    default Map<Long, Text> cells(Collection<Long> pupilIds) {
        return Map.of();
    }

    /**
     * A link on the pupil's record: {@code id} names it (plans, bids, funding, letters),
     * {@code title} says what and how many, {@code address} is a plain address to the feature's
     * page, {@code status} says where things stand (each a line; empty for nothing to say).
     */
    record Holding(String id, Text title, String address, List<Text> status) {
    }

    /**
     * A text to translate: a message key and its arguments; an argument that is itself a {@link Text}
     * is translated first.
     */
    record Text(String key, List<Object> args) {

        public static Text of(String key, Object... args) {
            return new Text(key, Arrays.asList(args));
        }
    }
}
