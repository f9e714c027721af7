/**
 * A notice addressed to one user, stored as a message key with its arguments so it reads in the language of whoever opens it.
 */
@NullMarked
package org.waymark.notifications.domain;

import org.jspecify.annotations.NullMarked;
