package org.waymark.reporting.domain;

import java.util.List;

import org.waymark.security.domain.ListScope;

/**
 * Port: England's EHC needs assessments against their 20-week limit and each step's limit, for
 * the dashboard. Reporting does not know assessments; the assessment feature implements this
 * port as a Spring bean when it arrives. Until then the dashboard says the figure is not yet
 * available rather than showing a zero.
 */
public interface AssessmentTimeliness {

    /** Assessments whose limit fell in the year, counted by step and state (keys "STEP/STATE"). */
    List<ReportDirectory.Count> timeliness(ListScope scope, ReportFilter filter, java.time.LocalDate today);
}
