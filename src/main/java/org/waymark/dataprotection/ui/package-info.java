/**
 * The data-protection view.
 */
@NullMarked
package org.waymark.dataprotection.ui;

import org.jspecify.annotations.NullMarked;
