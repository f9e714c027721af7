/**
 * The bid wizard, the bid page and the bid lists.
 */
@NullMarked
package org.waymark.bids.ui;

import org.jspecify.annotations.NullMarked;
