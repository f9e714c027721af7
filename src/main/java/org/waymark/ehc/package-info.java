/**
 * England: the EHC needs assessment on its statutory clock (SEND Regulations 2014, SEND Code of
 * Practice 2015) — the request, the decision whether to assess, advice from each adviser, the draft
 * EHC plan written in the plans feature, the parents' comments and choice of school, consultation
 * with the named school and the final plan within 20 weeks; exceptions that pause the clock; the
 * letters for decisions not to assess and not to issue a plan. For English authorities.
 */
@NullMarked
package org.waymark.ehc;

import org.jspecify.annotations.NullMarked;
