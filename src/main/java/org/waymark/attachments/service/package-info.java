/**
 * Storing, listing, reading and removing attachments; the owning feature checks the caller's scope before it calls in.
 */
@NullMarked
package org.waymark.attachments.service;

import org.jspecify.annotations.NullMarked;
