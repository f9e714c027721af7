package org.waymark.privacy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One run of the retention job: when, as of which day, by whom, and what it did per kind of record. */
public record RetentionRun(long id, Instant ranAt, LocalDate asOf, String runBy, List<Line> lines) {

    public RetentionRun {
        lines = List.copyOf(lines);
    }

    /** What the run did to one kind of record under one rule. */
    public record Line(RecordKind kind, String rule, int erased, int anonymised) {
    }

    public int erased(RecordKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).mapToInt(Line::erased).sum();
    }

    public int anonymised(RecordKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).mapToInt(Line::anonymised).sum();
    }
}
