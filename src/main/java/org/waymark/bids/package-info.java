/**
 * Bids: a school's descriptor-based request for top-up funding for one pupil (AFN from the family, HLN from the authority), from draft to decision and appeal.
 */
@NullMarked
package org.waymark.bids;

import org.jspecify.annotations.NullMarked;
