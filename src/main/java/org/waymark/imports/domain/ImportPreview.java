package org.waymark.imports.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an import would do, before it does it. Kept by the page that asked for it (never stored)
 * and handed back to apply, which checks it belongs to the caller and that nothing it counted on
 * has changed since.
 *
 * @param fileProblems problems with the file as a whole: nothing can be applied
 * @param unchanged    pupils in the file that match what is held exactly (counted, not listed)
 * @param mayRecordMoves whether the caller records leavers and moves (authority officers); a
 *                     SENCO's preview lists them for the authority to record
 */
public record ImportPreview(Format format, String fileName, long localAuthorityId, List<String> schools,
                            List<ImportLine> lines, int unchanged, List<Problem> fileProblems,
                            boolean mayRecordMoves, String madeBy, Instant madeAt, Optional<CtfReader.Header> header) {

    public enum Format { CTF, CSV }

    public ImportPreview {
        schools = List.copyOf(schools);
        lines = List.copyOf(lines);
        fileProblems = List.copyOf(fileProblems);
    }

    public long count(ImportLine.Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).count();
    }

    public List<ImportLine> lines(ImportLine.Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).toList();
    }

    /** Whether applying would change anything at all. */
    public boolean applicable() {
        return fileProblems.isEmpty() && (count(ImportLine.Kind.ADDED) + count(ImportLine.Kind.UPDATED) > 0
                || mayRecordMoves && count(ImportLine.Kind.LEAVER) + count(ImportLine.Kind.MOVE) > 0);
    }
}
