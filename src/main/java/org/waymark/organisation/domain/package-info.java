/**
 * Authorities, families, schools, terms and bank holidays.
 */
@NullMarked
package org.waymark.organisation.domain;

import org.jspecify.annotations.NullMarked;
