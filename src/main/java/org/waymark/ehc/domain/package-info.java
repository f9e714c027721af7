/**
 * The EHC needs assessment (aggregate with its recorded exceptions), the advice asked for in it,
 * their repositories, and the plain-Java clock: calendar weeks and days from the request, paused by
 * the statutory exceptions.
 */
@NullMarked
package org.waymark.ehc.domain;

import org.jspecify.annotations.NullMarked;
