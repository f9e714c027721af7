/**
 * Ledger use cases: recording allocations from decisions, pupil moves and leavers, reminders,
 * statements; every read checks the caller's scope.
 */
@NullMarked
package org.waymark.allocations.service;

import org.jspecify.annotations.NullMarked;
