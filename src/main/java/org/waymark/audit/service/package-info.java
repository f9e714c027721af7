/**
 * Writing audit events for the other features.
 */
@NullMarked
package org.waymark.audit.service;

import org.jspecify.annotations.NullMarked;
