/**
 * Use cases of the EHC needs assessment, by who acts: requests (schools, parents, caseworkers on a
 * professional's behalf), the caseworker's steps, the lists of the clock; access checks in one
 * place and every read and change audited against the pupil.
 */
@NullMarked
package org.waymark.ehc.service;

import org.jspecify.annotations.NullMarked;
