/**
 * The school's hours requests (list and guided form) and the Education Support Officer's scrutiny of a school.
 */
@NullMarked
package org.waymark.asn.ui;

import org.jspecify.annotations.NullMarked;
