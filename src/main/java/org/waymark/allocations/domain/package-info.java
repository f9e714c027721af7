/**
 * The allocation aggregate, its repository and the effective-date rules (plain Java).
 */
@NullMarked
package org.waymark.allocations.domain;

import org.jspecify.annotations.NullMarked;
