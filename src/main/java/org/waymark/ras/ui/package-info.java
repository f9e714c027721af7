/** RAS screens: cases, one case through its steps, outcome frameworks and the converter. */
@NullMarked
package org.waymark.ras.ui;

import org.jspecify.annotations.NullMarked;
