/**
 * Descriptor frameworks: per authority and financial year, areas of need, key themes and one descriptor per level column, funding levels with their bands, the notional threshold and evidence rules; edited, imported and exported by the authority's administrators, published for bids.
 */
@NullMarked
package org.waymark.descriptors;

import org.jspecify.annotations.NullMarked;
