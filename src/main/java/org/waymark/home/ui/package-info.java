/**
 * The home view.
 */
@NullMarked
package org.waymark.home.ui;

import org.jspecify.annotations.NullMarked;
