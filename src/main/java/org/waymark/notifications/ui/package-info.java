/**
 * The notification list and the bell in the header.
 */
@NullMarked
package org.waymark.notifications.ui;

import org.jspecify.annotations.NullMarked;
