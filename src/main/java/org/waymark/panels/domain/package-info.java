/**
 * Panel and meeting aggregates, interim decisions, appeal requests, decision letters, and the
 * rules for appeal independence and letter deadlines (plain Java).
 */
@NullMarked
package org.waymark.panels.domain;

import org.jspecify.annotations.NullMarked;
