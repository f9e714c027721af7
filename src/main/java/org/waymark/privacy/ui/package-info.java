/** Data protection: retention of children's records, subject-access exports (issue 20 point 8) — ui. */
@NullMarked
package org.waymark.privacy.ui;

import org.jspecify.annotations.NullMarked;
