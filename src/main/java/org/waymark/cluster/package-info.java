/**
 * Several portal nodes (issue 21, DD016): UI signals that must reach browsers on other nodes.
 * Domain events stay on the node that raised them; only "redraw" signals cross.
 */
@NullMarked
package org.waymark.cluster;

import org.jspecify.annotations.NullMarked;
