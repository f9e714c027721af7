package org.waymark.privacy.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.pupils.domain.PupilErasing;

/**
 * Erases a pupil and everything that hangs off them ({@link PupilRecordGraph}), children before
 * parents, inside the caller's transaction. A link that may be empty is emptied instead (the
 * ledger keeps its amounts, no longer tied to the child). Gives back what it did and the stored
 * names of the files whose rows went, for the caller to remove once the erasure has committed.
 * Announces the erasure first ({@link PupilErasing}) so that figures kept about the pupil follow.
 */
@Component
public class PupilEraser {

    /** What one erasure did. */
    public record Erased(int pupils, int linkedRows, int ledgerLines, List<String> storedFiles) {
    }

    private final JdbcClient jdbc;
    private final PupilRecordGraph graph;
    private final ApplicationEventPublisher events;

    PupilEraser(JdbcClient jdbc, PupilRecordGraph graph, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.graph = graph;
        this.events = events;
    }

    public Erased erase(long pupilId) {
        events.publishEvent(new PupilErasing(pupilId));
        Tally tally = new Tally();
        List<Object> ids = List.of(pupilId);
        for (PupilRecordGraph.Link link : graph.linksFrom("PUPIL")) {
            follow(link, ids, tally, new HashSet<>(Set.of("PUPIL")));
        }
        tally.pupils += jdbc.sql("DELETE FROM " + name("PUPIL") + " WHERE id = :id").param("id", pupilId).update();
        return new Erased(tally.pupils, tally.linked, tally.ledger, List.copyOf(tally.files));
    }

    private static final class Tally {
        int pupils;
        int linked;
        int ledger;
        final List<String> files = new ArrayList<>();
    }

    /** Erases (or, for a link that may be empty, unlinks) the rows of {@code link.table} pointing at {@code parentIds}. */
    private void follow(PupilRecordGraph.Link link, List<Object> parentIds, Tally tally, Set<String> path) {
        String table = name(link.table());
        if (link.nullable()) {
            int unlinked = jdbc.sql("UPDATE " + table + " SET " + link.column() + " = NULL WHERE " + link.column()
                    + " IN (:ids)").param("ids", parentIds).update();
            if (path.size() == 1) {
                // straight off the pupil: a ledger line kept for its amount (deeper, just a reference emptied)
                tally.ledger += unlinked;
            }
            return;
        }
        PupilRecordGraph.Table shape = graph.table(link.table());
        if (shape.hasId() && !path.contains(link.table())) {
            List<Object> ids = jdbc.sql("SELECT id FROM " + table + " WHERE " + link.column() + " IN (:ids)")
                    .param("ids", parentIds).query((rs, n) -> (Object) rs.getLong(1)).list();
            if (!ids.isEmpty()) {
                Set<String> deeper = new HashSet<>(path);
                deeper.add(link.table());
                for (PupilRecordGraph.Link child : graph.linksFrom(link.table())) {
                    follow(child, ids, tally, deeper);
                }
            }
        }
        if (shape.hasFile()) {
            tally.files.addAll(jdbc.sql("SELECT stored_name FROM " + table + " WHERE " + link.column()
                    + " IN (:ids) AND stored_name IS NOT NULL").param("ids", parentIds).query(String.class).list());
        }
        tally.linked += jdbc.sql("DELETE FROM " + table + " WHERE " + link.column() + " IN (:ids)")
                .param("ids", parentIds).update();
    }

    private String name(String upper) {
        return graph.table(upper).catalogueName();
    }
}
