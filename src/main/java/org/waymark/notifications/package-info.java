/**
 * In-app notifications: each says what changed on which record, in the reader's language, with a link to it.
 */
@NullMarked
package org.waymark.notifications;

import org.jspecify.annotations.NullMarked;
