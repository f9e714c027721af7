/**
 * The plan aggregate, its immutable agreed versions, the lifecycle and the version comparison.
 */
@NullMarked
package org.waymark.plans.domain;

import org.jspecify.annotations.NullMarked;
