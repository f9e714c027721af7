package org.waymark.privacy.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which pupils other records point at — the later work (plans, bids, requests, letters, files…)
 * that keeps a pupil an import added from being undone (DD020). Reads the same catalogue as the
 * erasure ({@link PupilRecordGraph}): every table that hangs straight off the pupil, except the
 * pupil aggregate's own (areas of need, diagnoses, enrolments) and those the caller names, so a
 * table a later migration adds is counted without touching this class.
 */
@Component
public class PupilReferences {

    /** The pupil aggregate's own tables: written with the pupil, not later work. */
    private static final Set<String> OWN = Set.of("PUPIL_NEED", "DIAGNOSIS", "ENROLMENT");

    private final JdbcClient jdbc;
    private final PupilRecordGraph graph;

    PupilReferences(JdbcClient jdbc, PupilRecordGraph graph) {
        this.jdbc = jdbc;
        this.graph = graph;
    }

    /**
     * For each of {@code pupilIds} (a slice: one IN list per table) that some record points at, the
     * tables (upper case) holding such records; tables in {@code ignoring} are not looked at.
     */
    public Map<Long, Set<String>> referenced(Collection<Long> pupilIds, Set<String> ignoring) {
        Map<Long, Set<String>> found = new HashMap<>();
        if (pupilIds.isEmpty()) {
            return found;
        }
        List<Long> ids = List.copyOf(pupilIds);
        for (PupilRecordGraph.Link link : graph.linksFrom("PUPIL")) {
            if (OWN.contains(link.table()) || ignoring.contains(link.table())) {
                continue;
            }
            String table = graph.table(link.table()).catalogueName();
            jdbc.sql("SELECT DISTINCT " + link.column() + " FROM " + table + " WHERE " + link.column() + " IN (:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> rs.getLong(1)).list()
                    .forEach(id -> found.computeIfAbsent(id, k -> new TreeSet<>()).add(link.table()));
        }
        return found;
    }
}
