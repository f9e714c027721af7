/** Data protection: retention of children's records, subject-access exports (issue 20 point 8) — domain. */
@NullMarked
package org.waymark.privacy.domain;

import org.jspecify.annotations.NullMarked;
