/**
 * Sending notices (called by other features' services after their own checks) and reading one's own.
 */
@NullMarked
package org.waymark.notifications.service;

import org.jspecify.annotations.NullMarked;
