/** Reporting screens: the dashboard with SVG charts beside their data tables, what-if, restrictive practice. */
@NullMarked
package org.waymark.reporting.ui;

import org.jspecify.annotations.NullMarked;
