/** RAS use cases by actor, with access checks by role and authority, and audit. */
@NullMarked
package org.waymark.ras.service;

import org.jspecify.annotations.NullMarked;
