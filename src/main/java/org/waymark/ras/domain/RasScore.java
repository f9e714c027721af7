package org.waymark.ras.domain;

/** One outcome scored: the level of difficulty and the evidence it rests on (reports, the child's and family's views). */
public record RasScore(String outcome, int level, String evidence) {
}
