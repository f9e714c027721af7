/**
 * Reading import files without trusting them: the streaming CTF reader (no DTDs, no external
 * entities), the CSV reader, the pupil each record describes with its problems by line and
 * element or column, and the preview's lines.
 */
@NullMarked
package org.waymark.imports.domain;

import org.jspecify.annotations.NullMarked;
