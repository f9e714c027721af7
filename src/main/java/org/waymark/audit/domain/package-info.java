/**
 * Audit events and their repository.
 */
@NullMarked
package org.waymark.audit.domain;

import org.jspecify.annotations.NullMarked;
