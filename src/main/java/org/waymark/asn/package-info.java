/**
 * Scotland: ASN assistant hours. A school's request for assistant hours for one pupil, an
 * eligibility check that explains itself rule by rule, and the Education Support Officer's
 * scrutiny per school whose decisions become ledger lines of the {@code ASN_HOURS} stream.
 */
@NullMarked
package org.waymark.asn;

import org.jspecify.annotations.NullMarked;
