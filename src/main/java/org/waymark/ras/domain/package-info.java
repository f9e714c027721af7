/**
 * RAS aggregates and repositories, and the plain-Java rules: outcome scales and points, the CSV
 * format of outcome frameworks, the scoring steps, the converter fit and TAC costing and routing.
 */
@NullMarked
package org.waymark.ras.domain;

import org.jspecify.annotations.NullMarked;
