/**
 * The pupil aggregate and its rules: UPN check letter, Scottish Candidate Number, plausible dates of birth, year groups.
 */
@NullMarked
package org.waymark.pupils.domain;

import org.jspecify.annotations.NullMarked;
