/** Screens of the EHC needs assessment: the request form, the lists of the clock, one case's page. */
@NullMarked
package org.waymark.ehc.ui;

import org.jspecify.annotations.NullMarked;
