/**
 * Allocations: the ledger of funding each pupil holds (AFN and FNF agreed by the family, HLN
 * decided by the authority's panels), with the effective dates the published rules give, what
 * happens when a pupil moves or leaves, reminders before an allocation ends, and the budget
 * statements and recoupment figures drawn from it.
 */
@NullMarked
package org.waymark.allocations;

import org.jspecify.annotations.NullMarked;
