/**
 * Wales: additional learning needs (ALN) under the ALN Code for Wales — the school's record of a
 * concern and its two-step decision whether a pupil has ALN, who maintains the individual
 * development plan (IDP) the decision calls for, and referrals to the local authority on a clock
 * of 20 school days. For authorities that run {@code Scheme.IDP}.
 */
@NullMarked
package org.waymark.aln;

import org.jspecify.annotations.NullMarked;
