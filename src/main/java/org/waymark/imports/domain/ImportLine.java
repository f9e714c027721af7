package org.waymark.imports.domain;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of an import's preview: what will happen to one pupil, why, and where in the file.
 *
 * @param kind      added, updated, refused, leaver or move
 * @param line      the line of the file (0 for a leaver: held, not in the file)
 * @param where     the XML element or CSV column the reason is about
 * @param name      the pupil's name as the file (or, for a leaver, the record) gives it
 * @param reasonKey an i18n key saying why (what changes, what is wrong, what will follow)
 * @param pupilId   the held pupil (update, leaver, move), null for an addition or a refusal
 * @param version   the held pupil's version when previewed: apply refuses if it changed
 * @param schoolId  the school the pupil will be added at or move to
 * @param on        the day a leaver left or a move starts
 * @param pupil     the file's record (addition, update, move)
 */
public record ImportLine(Kind kind, long line, String where, String name, String reasonKey, List<Object> arguments,
                         @Nullable Long pupilId, @Nullable Integer version, @Nullable Long schoolId,
                         @Nullable LocalDate on, @Nullable ImportedPupil pupil) {

    public enum Kind { ADDED, UPDATED, REFUSED, LEAVER, MOVE }

    public ImportLine {
        arguments = List.copyOf(arguments);
    }

    public static ImportLine refused(ImportedPupil p, Problem problem) {
        return new ImportLine(Kind.REFUSED, problem.line(), problem.where(), p.displayName(), problem.key(),
                problem.arguments(), null, null, null, null, null);
    }

    public static ImportLine refused(ImportedPupil p, String where, String key, Object... arguments) {
        return new ImportLine(Kind.REFUSED, p.line(), where, p.displayName(), key, List.of(arguments), null, null,
                null, null, null);
    }
}
