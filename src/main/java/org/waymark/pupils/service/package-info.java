/**
 * Pupil use cases with access checks and auditing: search, read, create, edit, duplicate detection.
 */
@NullMarked
package org.waymark.pupils.service;

import org.jspecify.annotations.NullMarked;
