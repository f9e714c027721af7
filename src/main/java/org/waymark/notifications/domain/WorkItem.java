package org.waymark.notifications.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One thing that needs the signed-in person now, on their home page: what it is (a message key
 * and its arguments, so it reads in the reader's language), the address of the record it opens,
 * when it is due and how urgent it is. Arguments that are {@link LocalDate}s are shown as dates.
 */
public record WorkItem(String id, String key, List<Object> args, String address, @Nullable LocalDate due,
                       Urgency urgency) {

    /** Overdue first, then due (with a date), then waiting for the person. */
    public enum Urgency { OVERDUE, DUE, WAITING }

    /** Most urgent first; within an urgency, the soonest due date first. */
    public static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator.comparing(WorkItem::urgency)
            .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::id);

    public WorkItem {
        args = List.copyOf(args);
    }

    public static WorkItem of(String id, String address, @Nullable LocalDate due, Urgency urgency, String key,
                              Object... args) {
        return new WorkItem(id, key, Arrays.asList(args), address, due, urgency);
    }

    /** Overdue when the due date has passed, due otherwise. */
    public static Urgency byDate(LocalDate due, LocalDate today) {
        return due.isBefore(today) ? Urgency.OVERDUE : Urgency.DUE;
    }
}
