package org.waymark.pupils.domain;

import java.util.List;
import java.util.function.Supplier;

/**
 * Pupils added in one batch (an import's slice of a school's file), published inside the
 * transaction that wrote them, after they were written. Listeners that keep per-pupil
 * bookkeeping on the aggregate's save events (the dashboards' pupil counts) skip pupils saved
 * while {@link #writing()} and do the whole batch here in a few set-based statements, instead of
 * several statements for each pupil.
 */
public record PupilsAdded(long localAuthorityId, long schoolId, List<Long> pupilIds) {

    private static final ThreadLocal<Boolean> WRITING = new ThreadLocal<>();

    public PupilsAdded {
        pupilIds = List.copyOf(pupilIds);
    }

    /** Whether the current thread is writing a batch whose {@link PupilsAdded} will follow. */
    public static boolean writing() {
        return Boolean.TRUE.equals(WRITING.get());
    }

    /**
     * Runs {@code writer} (which saves new pupils) as a batch: the writer's caller must then publish
     * a {@link PupilsAdded} naming every pupil it saved, in the same transaction.
     */
    public static <T> T write(Supplier<T> writer) {
        WRITING.set(Boolean.TRUE);
        try {
            return writer.get();
        } finally {
            WRITING.remove();
        }
    }
}
