/**
 * Measurement and reporting (issue 19): dashboards of the caller's scope with charts, data
 * tables and CSV; timeliness; spend against budget with a forecast to the end of the financial
 * year and a what-if re-pricing of the caseload; restrictive practice incidents recorded per
 * pupil. Reads other features' tables through read-only directory queries, never their
 * repositories.
 */
@NullMarked
package org.waymark.reporting;

import org.jspecify.annotations.NullMarked;
