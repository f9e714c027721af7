/**
 * Moderation: each family of schools' yearly AFN and FNF budgets with the contingency it keeps, and the family moderation of bids against them.
 */
@NullMarked
package org.waymark.moderation;

import org.jspecify.annotations.NullMarked;
