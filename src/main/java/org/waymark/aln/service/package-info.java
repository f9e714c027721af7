/**
 * ALN use cases with their access checks in one place ({@code AlnAccess}): the school's SENCO
 * (ALNCo) and head teacher record concerns, decisions and referrals for pupils of their school;
 * the authority's officers see referrals due and overdue and decide them; parents read the
 * decisions and letters about their own child. Refusals are audited.
 */
@NullMarked
package org.waymark.aln.service;

import org.jspecify.annotations.NullMarked;
