/**
 * England: the Resource Allocation System (Gloucestershire model, SPEC §10) — outcome frameworks,
 * scoring with evidence, verification and moderation, the converter from past cases, TAC costing
 * and routing to the lead co-ordinator's sign-off or the SEND resource panel.
 */
@NullMarked
package org.waymark.ras;

import org.jspecify.annotations.NullMarked;
