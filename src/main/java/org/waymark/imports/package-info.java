/**
 * Pupil data in bulk (issue 22): Common Transfer File and CSV imports with a preview of what will
 * be added, updated and refused, leavers and moves found by comparing the file with what is held,
 * then applied in one transaction through the pupils feature's services.
 */
@NullMarked
package org.waymark.imports;

import org.jspecify.annotations.NullMarked;
