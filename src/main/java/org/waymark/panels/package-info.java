/**
 * Panels: the authority's HLN main, resubmission, appeals and SEND resource panels, their
 * meetings, members and case lists, the decisions with their periods and reasons, interim
 * decisions outside a panel, appeals asked for through the family, and the decision letters.
 */
@NullMarked
package org.waymark.panels;

import org.jspecify.annotations.NullMarked;
