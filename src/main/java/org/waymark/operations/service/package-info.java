/**
 * The scheduled jobs' lock (ShedLock on the portal's database) and their run meters.
 */
@NullMarked
package org.waymark.operations.service;

import org.jspecify.annotations.NullMarked;
