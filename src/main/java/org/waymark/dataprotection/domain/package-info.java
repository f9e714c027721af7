/**
 * The access log over the audit trail, per authority.
 */
@NullMarked
package org.waymark.dataprotection.domain;

import org.jspecify.annotations.NullMarked;
