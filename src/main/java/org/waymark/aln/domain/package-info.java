/**
 * The ALN decision record, the who-maintains decision and referrals (aggregates and
 * repositories), and the plain-Java rules: the two-step test, who maintains the IDP, and the
 * referral clock counted in school days on the authority's calendar.
 */
@NullMarked
package org.waymark.aln.domain;

import org.jspecify.annotations.NullMarked;
