/**
 * Shared building blocks that every feature may use.
 */
@NullMarked
package org.waymark.base;

import org.jspecify.annotations.NullMarked;
