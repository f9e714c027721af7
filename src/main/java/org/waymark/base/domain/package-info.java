/**
 * Small shared value types (nations, academic years) used by several features.
 */
@NullMarked
package org.waymark.base.domain;

import org.jspecify.annotations.NullMarked;
