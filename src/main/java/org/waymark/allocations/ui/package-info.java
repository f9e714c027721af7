/**
 * The ledger and budget-statement screens.
 */
@NullMarked
package org.waymark.allocations.ui;

import org.jspecify.annotations.NullMarked;
