package org.waymark.imports.domain;

import java.time.Instant;
import java.util.List;

/**
 * What undoing an applied import would do (DD020), before it does it: the pupils it would remove,
 * the pupils it would keep and why, the fields it would put back and the fields it would keep
 * because someone changed them again since. Kept by the page that asked for it and handed back to
 * the undo, which works it out again and refuses (conflict) if anything has changed since.
 *
 * @param leavers leavers the import recorded: the moves feature's, not undone here
 * @param moves   moves between schools the import recorded: likewise not undone
 */
public record UndoPreview(long importId, String fileName, Instant appliedAt, Instant undoUntil, List<UndoLine> lines,
                          int leavers, int moves) {

    public UndoPreview {
        lines = List.copyOf(lines);
    }

    public long count(UndoLine.Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).count();
    }

    public List<UndoLine> lines(UndoLine.Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).toList();
    }

    /** Whether undoing would change anything (an import whose pupils all gained later work would not). */
    public boolean changesAnything() {
        return count(UndoLine.Kind.REMOVE) + count(UndoLine.Kind.RESTORE) > 0;
    }

    /**
     * One pupil's line of an undo's preview.
     *
     * @param kind      removed, kept, fields put back, or fields kept
     * @param reasonKey an i18n key saying why
     * @param items     what the reason lists: field groups ({@code imports.field.*}) for RESTORE and
     *                  KEEP_FIELDS, kinds of later work ({@code imports.undo.work.*}) for KEEP
     */
    public record UndoLine(Kind kind, long pupilId, String name, String reasonKey, List<String> items) {

        public enum Kind { REMOVE, KEEP, RESTORE, KEEP_FIELDS }

        public UndoLine {
            items = List.copyOf(items);
        }
    }
}
