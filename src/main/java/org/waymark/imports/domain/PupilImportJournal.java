package org.waymark.imports.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The journal of an applied import (V62, DD020): the pupils it added, and for each pupil it
 * updated the field groups it changed with their values before and after ({@link ImportedFields}).
 * Written inside the apply's transaction with JDBC batches, slice by slice as the apply writes its
 * pupils, so a 30,000-pupil apply holds no more than a slice; read back in slices of
 * {@link #SLICE} by the undo.
 */
@Component
public class PupilImportJournal {

    /** Rows written per JDBC batch and pupils read per statement. */
    public static final int SLICE = 1000;

    /** One changed field group of an updated pupil. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    /** An updated pupil's changes, as the apply journals them. */
    public record Updated(long pupilId, List<FieldChange> changes) {
        public Updated {
            changes = List.copyOf(changes);
        }
    }

    private final JdbcTemplate jdbc;

    public PupilImportJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Journals pupils the import added. */
    public void added(long importId, List<Long> pupilIds) {
        for (int from = 0; from < pupilIds.size(); from += SLICE) {
            List<Long> slice = pupilIds.subList(from, Math.min(pupilIds.size(), from + SLICE));
            jdbc.batchUpdate("INSERT INTO pupil_import_pupil (pupil_import_id, pupil_id, added) VALUES (?, ?, TRUE)",
                    slice, slice.size(), (ps, id) -> {
                        ps.setLong(1, importId);
                        ps.setLong(2, id);
                    });
        }
    }

    /** Journals pupils the import updated, with the fields it changed. */
    public void updated(long importId, List<Updated> pupils) {
        for (int from = 0; from < pupils.size(); from += SLICE) {
            List<Updated> slice = pupils.subList(from, Math.min(pupils.size(), from + SLICE));
            jdbc.batchUpdate("INSERT INTO pupil_import_pupil (pupil_import_id, pupil_id, added) VALUES (?, ?, FALSE)",
                    slice, slice.size(), (ps, u) -> {
                        ps.setLong(1, importId);
                        ps.setLong(2, u.pupilId());
                    });
            List<Object[]> fields = new ArrayList<>();
            for (Updated u : slice) {
                for (FieldChange c : u.changes()) {
                    fields.add(new Object[] {importId, u.pupilId(), c.field(), c.oldValue(), c.newValue()});
                }
            }
            jdbc.batchUpdate("INSERT INTO pupil_import_field (pupil_import_id, pupil_id, field, old_value, new_value)"
                    + " VALUES (?, ?, ?, ?, ?)", fields);
        }
    }

    /** The pupils the import added (still held: an erased or removed pupil leaves the journal), in id order. */
    public List<Long> addedPupils(long importId) {
        return jdbc.queryForList("SELECT pupil_id FROM pupil_import_pupil WHERE pupil_import_id = ? AND added = TRUE"
                + " ORDER BY pupil_id", Long.class, importId);
    }

    /** The pupils the import updated, in id order. */
    public List<Long> updatedPupils(long importId) {
        return jdbc.queryForList("SELECT pupil_id FROM pupil_import_pupil WHERE pupil_import_id = ? AND added = FALSE"
                + " ORDER BY pupil_id", Long.class, importId);
    }

    /** The field changes of some updated pupils of the import (at most {@link #SLICE}), by pupil. */
    public Map<Long, List<FieldChange>> changes(long importId, Collection<Long> pupilIds) {
        Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
        if (pupilIds.isEmpty()) {
            return changes;
        }
        String in = String.join(",", java.util.Collections.nCopies(pupilIds.size(), "?"));
        List<Object> args = new ArrayList<>();
        args.add(importId);
        args.addAll(pupilIds);
        jdbc.query("SELECT pupil_id, field, old_value, new_value FROM pupil_import_field WHERE pupil_import_id = ?"
                + " AND pupil_id IN (" + in + ") ORDER BY pupil_id, field", rs -> {
                    changes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new FieldChange(rs.getString(2),
                            nonNull(rs.getString(3)), nonNull(rs.getString(4))));
                }, args.toArray());
        return changes;
    }

    /** Takes pupils out of the import's journal (the undo removes them). */
    public void forget(long importId, List<Long> pupilIds) {
        for (int from = 0; from < pupilIds.size(); from += SLICE) {
            List<Long> slice = pupilIds.subList(from, Math.min(pupilIds.size(), from + SLICE));
            String in = String.join(",", java.util.Collections.nCopies(slice.size(), "?"));
            List<Object> args = new ArrayList<>();
            args.add(importId);
            args.addAll(slice);
            jdbc.update("DELETE FROM pupil_import_field WHERE pupil_import_id = ? AND pupil_id IN (" + in + ")",
                    args.toArray());
            jdbc.update("DELETE FROM pupil_import_pupil WHERE pupil_import_id = ? AND pupil_id IN (" + in + ")",
                    args.toArray());
        }
    }

    private static String nonNull(@org.jspecify.annotations.Nullable String s) {
        return s == null ? "" : s;
    }
}
