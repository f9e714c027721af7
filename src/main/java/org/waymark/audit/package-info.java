/**
 * The audit trail: who read or changed which record, when (UTC) and from where.
 */
@NullMarked
package org.waymark.audit;

import org.jspecify.annotations.NullMarked;
