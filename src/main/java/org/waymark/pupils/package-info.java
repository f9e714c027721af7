/**
 * Pupils with additional needs: identity, needs, enrolment history; the pupil grid, detail page and editor.
 */
@NullMarked
package org.waymark.pupils;

import org.jspecify.annotations.NullMarked;
