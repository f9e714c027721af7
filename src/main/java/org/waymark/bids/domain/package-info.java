/**
 * The bid aggregate and its lifecycle, the pro-rata notional threshold and the rules a bid must meet before it goes on.
 */
@NullMarked
package org.waymark.bids.domain;

import org.jspecify.annotations.NullMarked;
