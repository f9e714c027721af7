/**
 * Pupil grid, pupil detail page and the pupil editor.
 */
@NullMarked
package org.waymark.pupils.ui;

import org.jspecify.annotations.NullMarked;
