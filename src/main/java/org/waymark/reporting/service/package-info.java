/** Reporting use cases: dashboards, CSV, forecast and what-if, restrictive practice; scope checks and audit. */
@NullMarked
package org.waymark.reporting.service;

import org.jspecify.annotations.NullMarked;
