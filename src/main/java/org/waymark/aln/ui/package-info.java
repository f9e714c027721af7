/** The pupil's ALN record, the guided decision form, and the referral lists. */
@NullMarked
package org.waymark.aln.ui;

import org.jspecify.annotations.NullMarked;
