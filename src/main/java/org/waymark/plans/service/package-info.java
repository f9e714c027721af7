/**
 * Plan use cases with access checks and audit; the plan PDF.
 */
@NullMarked
package org.waymark.plans.service;

import org.jspecify.annotations.NullMarked;
