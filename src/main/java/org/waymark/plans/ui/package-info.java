/**
 * The plan editor, plan page, version comparison and the parent's view.
 */
@NullMarked
package org.waymark.plans.ui;

import org.jspecify.annotations.NullMarked;
