/** Data protection: retention of children's records, subject-access exports (issue 20 point 8) — service. */
@NullMarked
package org.waymark.privacy.service;

import org.jspecify.annotations.NullMarked;
