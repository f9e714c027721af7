/**
 * User accounts, roles and the scope values the access policy decides on.
 */
@NullMarked
package org.waymark.security.domain;

import org.jspecify.annotations.NullMarked;
