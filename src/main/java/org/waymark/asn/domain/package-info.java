/**
 * The hours request aggregate and its lifecycle, the school's answers, and the eligibility rules
 * of the authority's published criteria as plain Java.
 */
@NullMarked
package org.waymark.asn.domain;

import org.jspecify.annotations.NullMarked;
