/**
 * Data protection: the data protection officer's view of who read or changed a child's record (DD013).
 */
@NullMarked
package org.waymark.dataprotection;

import org.jspecify.annotations.NullMarked;
