/**
 * The framework list and editor for the authority's administrators.
 */
@NullMarked
package org.waymark.descriptors.ui;

import org.jspecify.annotations.NullMarked;
