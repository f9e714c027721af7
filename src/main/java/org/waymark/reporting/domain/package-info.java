/**
 * The reporting directory (read-only SQL over the caller's scope), report tables, the plain-Java
 * rules for spend, forecast and what-if, and the restrictive practice incident aggregate.
 */
@NullMarked
package org.waymark.reporting.domain;

import org.jspecify.annotations.NullMarked;
